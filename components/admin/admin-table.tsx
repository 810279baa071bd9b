import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";
import { tableClass, tdClass, thClass } from "./styles";

/** One column of an admin table: its header, and what a row shows in it. */
export interface AdminColumn<Row> {
  /** The column header; on a phone (rows stacked as cards) also the label beside each value. */
  header: string;
  /** Header read by screen readers only (an actions column); no label beside the value on a phone. */
  hideHeader?: boolean;
  /** This column names the row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
  /** Extra classes for the content of this column's cells (wrapping, fonts, spacing). */
  className?: string;
  cell: (row: Row) => ReactNode;
}

interface AdminTableProps<Row> {
  /** The table's caption (its accessible name), also the name of its scroll region. */
  caption: string;
  /** Show the caption as a heading-like line above the table (default: for screen readers only). */
  captionVisible?: boolean;
  columns: readonly AdminColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
}

// Below 640 px (Tailwind's `sm`) the table stacks: every row becomes a card and every value gets its column's
// header beside it (aria-hidden: screen readers already have the header through the table's own semantics).
const STACK_TABLE = "max-sm:block";
// A caption left as a table caption inside the stacked (block) table shrinks to its longest word ("修\n订").
const STACK_CAPTION = "max-sm:block";
const STACK_HEAD = "max-sm:sr-only";
const STACK_BODY = "max-sm:block max-sm:space-y-3";
const STACK_ROW = "max-sm:block max-sm:rounded-md max-sm:border max-sm:border-slate-300 max-sm:px-3 max-sm:py-1 dark:max-sm:border-slate-700";
const STACK_CELL = "max-sm:flex max-sm:gap-3 max-sm:border-0 max-sm:px-0 max-sm:py-1.5";
const STACK_LABEL = "w-24 shrink-0 text-xs font-semibold uppercase tracking-wide text-slate-600 sm:hidden dark:text-slate-400";

/**
 * The admin's one table: a semantic `<table>` with a caption and scoped headers, scrollable by keyboard where it is
 * wider than its box, stacked as cards on a phone. Used by the entry lists, trash, users, audit log, dashboard and
 * an entry's history.
 */
export function AdminTable<Row>({ caption, captionVisible = false, columns, rows, rowKey }: AdminTableProps<Row>) {
  return (
    <ScrollRegion label={caption}>
      <table className={`${tableClass} ${STACK_TABLE}`}>
        <caption className={captionVisible ? `mb-2 text-left text-xl font-semibold ${STACK_CAPTION}` : "sr-only"}>{caption}</caption>
        <thead className={STACK_HEAD}>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={thClass}>
                {c.hideHeader ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={STACK_BODY}>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={STACK_ROW}>
              {columns.map((c) => {
                const Cell = c.rowHeader ? "th" : "td";
                return (
                  <Cell
                    key={c.header}
                    scope={c.rowHeader ? "row" : undefined}
                    className={`${tdClass} ${STACK_CELL}${c.rowHeader ? " font-medium" : ""}`}
                  >
                    {c.hideHeader ? null : <span aria-hidden="true" className={STACK_LABEL}>{c.header}</span>}
                    <div className={`min-w-0 max-sm:flex-1 ${c.className ?? ""}`}>{c.cell(row)}</div>
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
