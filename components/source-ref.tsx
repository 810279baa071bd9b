import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { sourceRuns } from "@/lib/article/source-links";
import { articleText } from "@/lib/catalog/article-text";

/**
 * The § of the article an entry cites, or an external link. Each § ref links to its passage on the annotated article
 * (`/{locale}/article#s6-2`); "§2.1, §6.2" gives one link each.
 */
export async function SourceRef({ source, externalUrl }: { source: string; externalUrl?: string | null }) {
  const t = await getTranslations("common");
  if (!source && !externalUrl) return null;
  const locale = (await getLocale()) === "zh" ? "zh" : "en";
  return (
    <span className="text-sm text-slate-600 dark:text-slate-400">
      {t("source")}:{" "}
      {source ? (source.startsWith("§") ? <ArticleRefs source={source} locale={locale} label={t("sourceArticle", { section: "\u0000" })} /> : source) : null}
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

function ArticleRefs({ source, locale, label }: { source: string; locale: "zh" | "en"; label: string }) {
  const [before, after = ""] = label.split("\u0000");
  return (
    <>
      {before}
      {sourceRuns(source, articleText().anchors[locale]).map((run, k) =>
        run.anchor ? (
          <Link key={k} href={`/article#${run.anchor}`} className="underline">
            {run.text}
          </Link>
        ) : (
          <span key={k}>{run.text}</span>
        ),
      )}
      {after}
    </>
  );
}
