// The explorer's results, rendered on the server with the search terms highlighted (<mark>). Links to the use cases
// prefetch on intent (IntentLink).
import { getTranslations } from "next-intl/server";
import { BasisBadge } from "@/components/basis-badge";
import type { LocalizedText } from "@/lib/i18n/localize";
import type { UseCaseView } from "@/lib/catalog/explore/present";
import { highlightSegments } from "@/lib/search/highlight";
import { IntentLink } from "./intent-link";
import { MatchSnippet, type MatchReason } from "./match-snippet";

async function Highlighted({ value, terms }: { value: LocalizedText; terms: string[] }) {
  const segments = highlightSegments(value.text, terms);
  const text = segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
  if (!value.fallback) return <>{text}</>;
  const t = await getTranslations("site");
  return (
    <>
      <span lang={value.lang}>{text}</span>{" "}
      <span title={t("fallbackTitle")} className="ml-1 inline-block rounded border border-amber-400 px-1 align-middle text-xs font-normal text-amber-800 dark:border-amber-500 dark:text-amber-300">
        {t("fallbackBadge")}
      </span>
    </>
  );
}

export async function ResultList({ items, terms, snippets = {} }: { items: UseCaseView[]; terms: string[]; snippets?: Record<string, MatchReason> }) {
  const t = await getTranslations("explore");
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.slug} className="card">
          <h3 className="text-lg font-semibold">
            <IntentLink href={`/use-cases/${item.slug}`}>
              <Highlighted value={item.title} terms={terms} />
            </IntentLink>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
            <span lang={item.domain.name.fallback ? item.domain.name.lang : undefined}>{item.domain.name.text}</span>
            <BasisBadge basis={item.basis} />
          </p>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            <Highlighted value={item.summary} terms={terms} />
          </p>
          {snippets[item.slug] ? <MatchSnippet reason={snippets[item.slug]} /> : null}
          {item.techniques.length > 0 ? (
            <ul aria-label={t("techniquesLabel")} className="mt-3 flex flex-wrap gap-1">
              {item.techniques.map((tech) => (
                <li key={tech.slug} className="chip text-xs" lang={tech.name.fallback ? tech.name.lang : undefined}>
                  {tech.name.text}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
