/**
 * Axis rules of the lab's loss chart (pure, tested): whole-number epoch ticks, how far the epoch axis reaches, and
 * when the loss is better read on a logarithmic scale.
 */

/** A loss that grows past this multiple of where it started is shown on a log scale by default. */
export const LOG_SCALE_GROWTH = 10;

/**
 * Tick positions for an epoch axis from `min` to `max`: whole numbers only, on a "nice" step (1, 2 or 5 × 10^k),
 * at most `maxCount` of them (at least two, or one when the range holds a single whole number).
 */
export function integerTicks(min: number, max: number, maxCount: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const lo = Math.ceil(min);
  const hi = Math.floor(max);
  if (hi < lo) return [];
  const count = Math.max(2, Math.floor(maxCount));
  const span = hi - lo;
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.floor(span / s) + 1 <= count);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const first = Math.ceil(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi; v += step) ticks.push(v);
  return ticks;
}

/**
 * The last epoch the loss chart's axis reaches: the planned number of epochs (so the axis stays put while training
 * fills it), or the epoch a diverged run stopped at; never less than 1, so the axis is never a single point.
 */
export function epochAxisEnd(plannedEpochs: number, divergedAt: number | null): number {
  const end = divergedAt ?? plannedEpochs;
  return Math.max(1, Math.floor(Number.isFinite(end) ? end : 1));
}

/**
 * Whether the loss chart starts on a log scale: when the loss has grown past LOG_SCALE_GROWTH × its first value (a
 * non-finite loss counts as growth), or the run diverged (its last loss was too large to record).
 */
export function prefersLogScale(losses: ReadonlyArray<number | null>, diverged: boolean): boolean {
  if (diverged) return true;
  const start = losses.find((v): v is number => v !== null && Number.isFinite(v) && v > 0);
  if (start === undefined) return false;
  return losses.some((v) => v !== null && (!Number.isFinite(v) || v > LOG_SCALE_GROWTH * start));
}

/**
 * The y-range of a log-scale loss chart: whole powers of ten around every positive value given (the OLS reference
 * included, so it stays in view), or [0.1, 10] when there is none.
 */
export function logRange(values: Iterable<number | null>): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || v <= 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === 0) return [0.1, 10];
  const bottom = 10 ** Math.floor(Math.log10(lo));
  let top = 10 ** Math.ceil(Math.log10(hi));
  if (top <= bottom) top = bottom * 10;
  return [bottom, top];
}
