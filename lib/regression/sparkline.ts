/**
 * The run bar's loss sparkline (pure, tested): SVG polyline points for a loss history in a fixed-size box, on a
 * linear or log scale, with the y of a reference value (the OLS optimum) when it lies in view.
 */
import { evenlySpacedIndices } from "./format";

export interface Sparkline {
  /** "x,y x,y …" for <polyline points>; "" when there is nothing to draw. */
  points: string;
  /** The reference line's y, or null when there is no reference or it cannot be drawn on this scale. */
  referenceY: number | null;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function sparkline(
  values: ReadonlyArray<number | null>,
  { width, height, log, reference = null, maxPoints = 120 }: { width: number; height: number; log: boolean; reference?: number | null; maxPoints?: number },
): Sparkline {
  const usable = (v: number | null): v is number => v !== null && Number.isFinite(v) && (!log || v > 0);
  const map = (v: number) => (log ? Math.log10(v) : v);
  const indices = evenlySpacedIndices(values.length, maxPoints);
  const picked = indices.filter((i) => usable(values[i] ?? null));
  const all = picked.map((i) => map(values[i] as number));
  const ref = usable(reference) ? map(reference) : null;
  if (all.length === 0) return { points: "", referenceY: null };
  let lo = Math.min(...all, ...(ref !== null ? [ref] : []));
  let hi = Math.max(...all, ...(ref !== null ? [ref] : []));
  if (!log) lo = Math.min(lo, 0);
  if (hi === lo) hi = lo + 1;
  const pad = 1;
  const y = (v: number) => round(pad + (height - 2 * pad) * (1 - (v - lo) / (hi - lo)));
  const last = Math.max(1, values.length - 1);
  const points = picked.map((i, k) => `${round((width * i) / last)},${y(all[k] as number)}`).join(" ");
  return { points, referenceY: ref !== null ? y(ref) : null };
}
