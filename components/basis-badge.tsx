import { getTranslations } from "next-intl/server";

/** "From the article" vs "Editorial". */
export async function BasisBadge({ basis }: { basis: string }) {
  const t = await getTranslations("common");
  const article = basis === "article";
  return (
    <span
      title={article ? t("basisArticleHint") : t("basisEditorialHint")}
      className={article ? "basis-badge basis-badge-article" : "basis-badge basis-badge-editorial"}
    >
      {article ? t("basisArticle") : t("basisEditorial")}
    </span>
  );
}
