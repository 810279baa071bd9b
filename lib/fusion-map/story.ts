// What the fusion map says, computed from its counts: the order of its rows, its strongest finding, and the colour
// step of each cell. Pure: no React, no Prisma.

export interface Cell {
  row: string;
  column: string;
  count: number;
}

export interface RowStats {
  slug: string;
  /** Columns (domains) with at least one use case. */
  spread: number;
  total: number;
}

/** Per-row spread and total, for rows in their given (catalog) order. */
export function rowStats(rows: readonly string[], cells: readonly Cell[]): RowStats[] {
  const stats = new Map(rows.map((slug) => [slug, { slug, spread: 0, total: 0 }]));
  for (const cell of cells) {
    const s = stats.get(cell.row);
    if (!s || cell.count <= 0) continue;
    s.spread += 1;
    s.total += cell.count;
  }
  return rows.map((slug) => stats.get(slug)!);
}

/**
 * Rows with at least one use case, ordered by how many columns (domains) they bridge, then by their total, then in
 * catalog order (a stable sort).
 */
export function rankRows(rows: readonly string[], cells: readonly Cell[]): RowStats[] {
  return rowStats(rows, cells)
    .filter((s) => s.total > 0)
    .sort((a, b) => b.spread - a.spread || b.total - a.total);
}

export interface Finding {
  /** The rows that bridge the most columns (ties included, in rank order). */
  widest: { slugs: string[]; spread: number; total: number } | null;
  /** The columns that draw on the most distinct rows (ties included, in column order). */
  richest: { slugs: string[]; rows: number } | null;
  columns: number;
}

/** The strongest finding of a map: which rows span the most columns, and which columns use the most rows. */
export function strongestFinding(rows: readonly string[], columns: readonly string[], cells: readonly Cell[]): Finding {
  const ranked = rankRows(rows, cells);
  const top = ranked[0];
  const widest = top ? { slugs: ranked.filter((r) => r.spread === top.spread && r.total === top.total).map((r) => r.slug), spread: top.spread, total: top.total } : null;
  const perColumn = new Map(columns.map((c) => [c, 0]));
  const known = new Set(rows);
  for (const cell of cells) if (cell.count > 0 && known.has(cell.row) && perColumn.has(cell.column)) perColumn.set(cell.column, perColumn.get(cell.column)! + 1);
  const most = Math.max(0, ...perColumn.values());
  const richest = most > 0 ? { slugs: columns.filter((c) => perColumn.get(c) === most), rows: most } : null;
  return { widest, richest, columns: columns.length };
}

/** Number of colour steps for non-zero counts. */
export const HEAT_STEPS = 4;

/**
 * The colour step (0 for none, 1..HEAT_STEPS) of a count, relative to the largest count of the table. With a largest
 * count of at most HEAT_STEPS every count has its own step, so 1 and 2 never share a colour.
 */
export function heatStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  if (max <= HEAT_STEPS) return Math.min(count, HEAT_STEPS);
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil((HEAT_STEPS * count) / max)));
}

/** The counts each step covers, for the legend: [from, to] per step 1..HEAT_STEPS (steps no count reaches are left out). */
export function heatLegend(max: number): Array<{ step: number; from: number; to: number }> {
  const out: Array<{ step: number; from: number; to: number }> = [];
  for (let n = 1; n <= max; n++) {
    const step = heatStep(n, max);
    const last = out[out.length - 1];
    if (last && last.step === step) last.to = n;
    else out.push({ step, from: n, to: n });
  }
  return out;
}
