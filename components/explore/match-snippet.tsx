// "Why it matched": a short excerpt of the field where the search matched, the matches marked, in the language that
// matched (lang attribute), labelled when that is not the page's language.
import { getTranslations } from "next-intl/server";
import type { Snippet } from "@/lib/search/snippet";

/** Why a result matched: a snippet of matching text, or (a match through an alias only) the entities it is linked to. */
export type MatchReason = { snippet: Snippet } | { via: string[] };

export async function MatchSnippet({ reason }: { reason: MatchReason }) {
  const t = await getTranslations("search");
  if ("via" in reason) {
    return <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("matchedVia", { names: reason.via.join(t("listSeparator")) })}</p>;
  }
  const { snippet } = reason;
  return (
    <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      <span className="sr-only">{t("snippetLabel")} </span>
      {snippet.otherLanguage ? (
        <span className="mr-2 inline-block rounded border border-sky-500 px-1 align-middle text-xs font-medium text-sky-800 dark:border-sky-400 dark:text-sky-200">
          {t(snippet.lang === "zh" ? "matchedInChinese" : "matchedInEnglish")}
        </span>
      ) : null}
      <span lang={snippet.lang} data-testid="match-snippet">
        {snippet.segments.map((s, i) =>
          s.match ? (
            <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400">
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </span>
    </p>
  );
}
