/** Pure helpers that turn training state into uPlot's aligned arrays (tested without a DOM). */
import type { EpochRecord, SessionData } from "@/lib/regression";

export type Column = Array<number | null>;

function finiteOrNull(v: number | null | undefined): number | null {
  return v !== null && v !== undefined && Number.isFinite(v) ? v : null;
}

export type LossSeriesKind = "train" | "test" | "ols" | "comparison";

/**
 * Loss chart: x = epoch 0..max (at least `lastEpoch`, so the axis can span the planned run); the primary run's
 * training and (if any) test MSE, the OLS optimum as a flat reference line, and each comparison run's training MSE.
 * Epochs a run has not reached are null (gaps); with `log`, so are values a log scale cannot show (≤ 0).
 */
export function lossColumns(
  runs: ReadonlyArray<{ history: readonly EpochRecord[] }>,
  olsMse: number | null,
  { lastEpoch = 0, log = false }: { lastEpoch?: number; log?: boolean } = {},
): { columns: Column[]; kinds: LossSeriesKind[] } {
  const maxEpoch = runs.reduce((m, r) => Math.max(m, r.history.at(-1)?.epoch ?? 0), Math.max(0, Math.floor(lastEpoch)));
  const x: Column = Array.from({ length: maxEpoch + 1 }, (_, i) => i);
  // A log scale cannot show zero or less: such values become gaps.
  const value = (v: number | null | undefined): number | null => {
    const f = finiteOrNull(v);
    return log && f !== null && f <= 0 ? null : f;
  };
  const at = (history: readonly EpochRecord[], pickValue: (r: EpochRecord) => number | null): Column => {
    const col: Column = new Array<number | null>(maxEpoch + 1).fill(null);
    for (const r of history) col[r.epoch] = value(pickValue(r));
    return col;
  };
  const columns: Column[] = [x];
  const kinds: LossSeriesKind[] = [];
  const [primary, ...others] = runs;
  if (primary) {
    columns.push(at(primary.history, (r) => r.mse));
    kinds.push("train");
    if (primary.history.some((r) => r.testMse !== null)) {
      columns.push(at(primary.history, (r) => r.testMse));
      kinds.push("test");
    }
  }
  const ols = value(olsMse);
  if (ols !== null) {
    columns.push(x.map(() => ols));
    kinds.push("ols");
  }
  for (const r of others) {
    columns.push(at(r.history, (h) => h.mse));
    kinds.push("comparison");
  }
  return { columns, kinds };
}

export type ScatterSeriesKind = "train" | "test" | "fit" | "comparison" | "ols";

/**
 * Scatter chart: x = the data's x (sorted); training points, test points
 * (null elsewhere), the OLS line and the fitted curve of each run.
 */
export function scatterColumns(
  data: SessionData,
  fits: readonly Float64Array[],
  olsLine: { w: number; b: number } | null,
): { columns: Column[]; kinds: ScatterSeriesKind[]; runIndex: Array<number | null> } {
  const n = data.x.length;
  const x: Column = Array.from(data.x);
  const train: Column = new Array<number | null>(n);
  const test: Column = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const y = finiteOrNull(data.y[i]);
    train[i] = data.isTest[i] ? null : y;
    test[i] = data.isTest[i] ? y : null;
  }
  const columns: Column[] = [x, train];
  const kinds: ScatterSeriesKind[] = ["train"];
  /** Which run each series belongs to (fits only). */
  const runIndex: Array<number | null> = [null];
  if (data.nTest > 0) {
    columns.push(test);
    kinds.push("test");
    runIndex.push(null);
  }
  // The OLS line goes first so the fitted curves are drawn on top of it.
  if (olsLine && Number.isFinite(olsLine.w) && Number.isFinite(olsLine.b)) {
    columns.push(x.map((v) => (v === null ? null : finiteOrNull(olsLine.w * v + olsLine.b))));
    kinds.push("ols");
    runIndex.push(null);
  }
  // Comparison runs before the primary fit, which is drawn last (on top).
  for (let k = fits.length - 1; k >= 0; k--) {
    const fit = fits[k];
    if (!fit) continue;
    columns.push(Array.from(fit, (v) => finiteOrNull(v)));
    kinds.push(k === 0 ? "fit" : "comparison");
    runIndex.push(k);
  }
  return { columns, kinds, runIndex };
}

/** A fixed y-range around the data, so a wild fit cannot rescale the chart. */
export function paddedRange(values: ArrayLike<number>, pad = 0.1): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo - span * pad, hi + span * pad];
}
