"use client";

export interface LegendItem {
  label: string;
  color: string;
  kind: "line" | "dashed" | "points";
}

/** HTML legend (translatable, readable by screen readers) instead of uPlot's canvas-synced one. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          {item.kind === "points" ? (
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: item.color }} />
          ) : (
            <span
              aria-hidden="true"
              className="inline-block w-5"
              style={{ borderTop: `2px ${item.kind === "dashed" ? "dashed" : "solid"} ${item.color}` }}
            />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
