/**
 * Closed-form ordinary least squares for y = w·x + b: the best any linear
 * model (e.g. Keras Dense(1)) can do in mean squared error.
 */
import { mse, r2 } from "./metrics";
import { fitZScore, transform } from "./normalize";

export interface LineFit {
  w: number;
  b: number;
  mse: number;
  r2: number;
}

export type OlsResult =
  | { ok: true; fit: LineFit }
  | { ok: false; reason: "too-few-points" | "zero-variance-x" };

/** OLS in the units of the data given. */
export function fitOls(x: ArrayLike<number>, y: ArrayLike<number>): OlsResult {
  const n = Math.min(x.length, y.length);
  if (n < 2) return { ok: false, reason: "too-few-points" };
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    sxx += dx * dx;
    sxy += dx * (y[i] - my);
  }
  if (!(sxx > 1e-24 * n * Math.max(1, mx * mx))) return { ok: false, reason: "zero-variance-x" };
  const w = sxy / sxx;
  const b = my - w * mx;
  const pred = new Float64Array(n);
  for (let i = 0; i < n; i++) pred[i] = w * x[i] + b;
  return { ok: true, fit: { w, b, mse: mse(y, pred), r2: r2(y, pred) } };
}

export interface OlsBothUnits {
  original: LineFit;
  /** Fit on z-scored x and y (population std): w = r, b = 0, mse = 1 − R² when σy > 0. */
  normalized: LineFit;
}

/** OLS in original units and on z-scored data. null when x has zero variance. */
export function fitOlsBothUnits(x: ArrayLike<number>, y: ArrayLike<number>): OlsBothUnits | null {
  const original = fitOls(x, y);
  if (!original.ok) return null;
  const normalized = fitOls(transform(x, fitZScore(x)), transform(y, fitZScore(y)));
  if (!normalized.ok) return null;
  return { original: original.fit, normalized: normalized.fit };
}
