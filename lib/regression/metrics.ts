/** Regression metrics. Both inputs must have the same length. */

export function mse(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = Math.min(yTrue.length, yPred.length);
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = yPred[i] - yTrue[i];
    s += e * e;
  }
  return s / n;
}

/**
 * Coefficient of determination 1 − SS_res / SS_tot.
 * Degenerate case (constant yTrue, SS_tot = 0): 1 for a perfect fit, else 0,
 * so the result is always a finite number.
 */
export function r2(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = Math.min(yTrue.length, yPred.length);
  if (n === 0) return 0;
  let m = 0;
  for (let i = 0; i < n; i++) m += yTrue[i];
  m /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const e = yPred[i] - yTrue[i];
    const d = yTrue[i] - m;
    ssRes += e * e;
    ssTot += d * d;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
