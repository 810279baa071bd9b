import { getTranslations } from "next-intl/server";

/** "From the article" vs "Editorial". */
export async function BasisBadge({ basis }: { basis: string }) {
  const t = await getTranslations("common");
  const article = basis === "article";
  return (
    <span
      title={article ? t("basisArticleHint") : t("basisEditorialHint")}
      className={
        article
          ? "inline-block rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
          : "inline-block rounded bg-violet-50 px-1.5 py-0.5 text-xs font-medium text-violet-800 dark:bg-violet-950 dark:text-violet-200"
      }
    >
      {article ? t("basisArticle") : t("basisEditorial")}
    </span>
  );
}
