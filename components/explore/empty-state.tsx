// The explorer's empty state: how many use cases match without the search and without each filter, each a link to
// that explorer view, and "did you mean" for the search.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export interface Relaxation {
  /** What is left out: the search, or one filter value. */
  kind: "search" | "filter";
  /** The search text, or "facet: value". */
  label: string;
  count: number;
  href: string;
}

export async function EmptyState({ relaxations, hint, children }: { relaxations: Relaxation[]; hint: string; children?: ReactNode }) {
  const t = await getTranslations("explore");
  const s = await getTranslations("search");
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
      <p className="font-semibold">{t("emptyTitle")}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{hint}</p>
      {children}
      {relaxations.length > 0 ? (
        <>
          <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{s("relaxHeading")}</p>
          <ul className="mt-1 space-y-1 text-sm">
            {relaxations.map((r) => (
              <li key={`${r.kind}:${r.label}`}>
                {/* A criterion whose removal still leaves nothing is said, not linked. */}
                {r.count > 0 ? (
                  <a href={r.href}>{s(r.kind === "search" ? "withoutSearch" : "withoutFilter", { what: r.label, count: r.count })}</a>
                ) : (
                  s(r.kind === "search" ? "withoutSearch" : "withoutFilter", { what: r.label, count: r.count })
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
