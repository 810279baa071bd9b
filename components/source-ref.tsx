import { getTranslations } from "next-intl/server";

/** The § of the article an entry cites, or an external link. */
export async function SourceRef({ source, externalUrl }: { source: string; externalUrl?: string | null }) {
  const t = await getTranslations("common");
  if (!source && !externalUrl) return null;
  return (
    <span className="text-sm text-slate-600 dark:text-slate-400">
      {t("source")}:{" "}
      {source ? (source.startsWith("§") ? t("sourceArticle", { section: source }) : source) : null}
      {externalUrl ? (
        <>
          {source ? " · " : null}
          <a href={externalUrl} rel="noopener noreferrer nofollow">
            {t("visit", { name: new URL(externalUrl).hostname })}
          </a>
        </>
      ) : null}
    </span>
  );
}
