// A heatmap that is a real table: a caption, column and row headers with scope, counts as text. Colour is only a
// visual layer (a tint that deepens with the count, kept light enough for dark text to stay readable in either
// colour scheme). Each non-zero cell links to the explorer filtered on its pair.
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

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
  /** Locale-less app path, e.g. "/explore?domain=…&technique=…". */
  href: (row: string, column: string) => string;
  label: (row: HeatmapAxisItem, column: HeatmapAxisItem, count: number) => string;
  compact?: boolean;
}

/** The tint of a cell: the accent colour at an opacity between 0.1 and 0.6 of the largest count. */
export function cellTint(count: number, max: number): string | undefined {
  if (count <= 0 || max <= 0) return undefined;
  const alpha = 0.1 + 0.5 * (count / max);
  return `rgba(29, 95, 209, ${alpha.toFixed(3)})`;
}

export function HeatmapTable({ id, caption, corner, rows, columns, count, href, label, compact = false }: HeatmapProps) {
  const max = Math.max(0, ...rows.flatMap((r) => columns.map((c) => count(r.slug, c.slug))));
  const pad = compact ? "px-2 py-1" : "px-3 py-2";
  return (
    <div className="overflow-x-auto">
      <table id={id} className="min-w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${pad} border-b border-slate-300 text-left font-semibold dark:border-slate-700`}>
              {corner}
            </th>
            {columns.map((c) => (
              <th key={c.slug} scope="col" className={`${pad} border-b border-slate-300 text-center font-semibold dark:border-slate-700`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className={`${pad} text-left font-medium`}>
                {r.header}
              </th>
              {columns.map((c) => {
                const n = count(r.slug, c.slug);
                return (
                  <td key={c.slug} className={`${pad} text-center tabular-nums`} style={{ backgroundColor: cellTint(n, max) }}>
                    {n > 0 ? (
                      <Link
                        href={href(r.slug, c.slug)}
                        aria-label={label(r, c, n)}
                        className="block font-semibold text-slate-900 underline decoration-slate-500 underline-offset-2 dark:text-slate-100"
                      >
                        {n}
                      </Link>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">0</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
