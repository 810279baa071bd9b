// A heatmap that is a real table: a caption, column and row headers with scope, counts as text. Colour is only a
// visual layer, in discrete steps chosen so that neighbouring steps differ clearly and the number on each keeps at
// least 4.5:1 contrast, in light and in dark mode (a step's text colour is set with its background). Each non-zero
// cell links to the use cases behind it.
//
// The table scrolls inside a labelled, focusable region: its header row and first column are sticky, so after
// scrolling sideways (a phone) or down (a long table) every number still has its labels; on narrow screens a hint
// says the region scrolls.
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { heatLegend, heatStep } from "@/lib/fusion-map/story";

export interface HeatmapAxisItem {
  slug: string;
  /** Header content (plain text or a link). */
  header: ReactNode;
  /** Plain-text name, for the cell link's accessible label. */
  name: string;
}

export interface HeatmapProps {
  id: string;
  caption: string;
  /** Header of the row-header column, e.g. "Technique". */
  corner: string;
  rows: HeatmapAxisItem[];
  columns: HeatmapAxisItem[];
  count: (row: string, column: string) => number;
  /** Locale-less app path ("/explore?domain=…&technique=…") or an in-page anchor ("#…"). */
  href: (row: string, column: string) => string;
  label: (row: HeatmapAxisItem, column: HeatmapAxisItem, count: number) => string;
  /** How many of a cell's links the article itself states, shown in brackets after the count (issue 13). */
  article?: (row: string, column: string) => number;
  /** Visible on narrow screens, where the table scrolls sideways. */
  scrollHint: string;
  compact?: boolean;
}

/** Background and text colour of each step (index 0: no use case). Contrast is checked in e2e/fusion-map-phone.spec.ts. */
export const STEP_CLASSES = [
  "",
  "bg-blue-200 text-slate-900 dark:bg-blue-900 dark:text-slate-100",
  "bg-blue-400 text-slate-900 dark:bg-blue-700 dark:text-slate-100",
  "bg-blue-700 text-white dark:bg-blue-500 dark:text-slate-950",
  "bg-blue-900 text-white dark:bg-blue-300 dark:text-slate-950",
] as const;

export function heatmapMax(rows: HeatmapAxisItem[], columns: HeatmapAxisItem[], count: HeatmapProps["count"]): number {
  return Math.max(0, ...rows.flatMap((r) => columns.map((c) => count(r.slug, c.slug))));
}

export function HeatmapTable({ id, caption, corner, rows, columns, count, href, label, article, scrollHint, compact = false }: HeatmapProps) {
  const max = heatmapMax(rows, columns, count);
  const pad = compact ? "px-2 py-1" : "px-3 py-2";
  const sticky = "sticky bg-white dark:bg-slate-950";
  return (
    <div>
      <p id={`${id}-title`} className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        {caption}
      </p>
      <p id={`${id}-hint`} className="mb-1 flex items-center gap-1 text-xs text-slate-600 sm:hidden dark:text-slate-400">
        <span aria-hidden="true">↔</span> {scrollHint}
      </p>
      <div
        role="region"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-hint`}
        tabIndex={0}
        className="relative max-h-[75vh] overflow-auto rounded-md border border-slate-200 dark:border-slate-800"
      >
        <table id={id} className="min-w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${pad} ${sticky} left-0 top-0 z-30 border-b border-r border-slate-300 text-left font-semibold dark:border-slate-700`}>
                {corner}
              </th>
              {columns.map((c) => (
                <th key={c.slug} scope="col" className={`${pad} ${sticky} top-0 z-20 min-w-20 border-b border-slate-300 text-center font-semibold dark:border-slate-700`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug}>
                <th
                  scope="row"
                  className={`${pad} ${sticky} left-0 z-10 min-w-28 max-w-[9.5rem] border-b border-r border-slate-200 text-left font-medium sm:max-w-none dark:border-slate-800`}
                >
                  {r.header}
                </th>
                {columns.map((c) => {
                  const n = count(r.slug, c.slug);
                  return (
                    <td
                      key={c.slug}
                      data-step={heatStep(n, max)}
                      className={`${pad} min-w-14 border-b border-slate-200 text-center tabular-nums dark:border-slate-800 ${STEP_CLASSES[heatStep(n, max)]}`}
                    >
                      {n > 0 ? (
                        <Link href={href(r.slug, c.slug)} aria-label={label(r, c, n)} className="block font-semibold text-inherit underline decoration-current underline-offset-2 dark:text-inherit">
                          {n}
                        </Link>
                      ) : null}
                      {n > 0 && article ? (
                        // The link's accessible label already says it; this is the same split for the eye.
                        <span aria-hidden="true" className="block text-xs leading-none">
                          ({article(r.slug, c.slug)})
                        </span>
                      ) : null}
                      {n > 0 ? null : <span className="text-slate-500 dark:text-slate-400">·<span className="sr-only">0</span></span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The colour scale of a table: one swatch per step, showing the counts it stands for in the step's own colours. */
export function HeatLegend({ max, label, id }: { max: number; label: string; id: string }) {
  const steps = heatLegend(max);
  if (steps.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
      <span id={id} className="text-slate-700 dark:text-slate-300">
        {label}
      </span>
      <ul aria-labelledby={id} className="flex gap-1">
        <li className="min-w-8 rounded border border-slate-300 px-2 py-1 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">0</li>
        {steps.map((s) => (
          <li key={s.step} data-step={s.step} className={`min-w-8 rounded px-2 py-1 text-center font-semibold tabular-nums ${STEP_CLASSES[s.step]}`}>
            {s.from === s.to ? s.from : `${s.from}–${s.to}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
