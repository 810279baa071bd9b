/**
 * Z-score normalisation with the population standard deviation (numpy's
 * default ddof=0), and its correct inverse v·std + mean.
 *
 * Zero variance: a constant column cannot be scaled. Like scikit-learn's
 * StandardScaler we then use scale 1 (values are only centred, so they all
 * become 0) and flag it with `zeroVariance: true`; the inverse stays exact.
 */

export interface ZScoreStats {
  mean: number;
  /** Population std (ddof = 0). 0 for a constant column. */
  std: number;
  /** The divisor actually used: std, or 1 when std is 0. */
  scale: number;
  zeroVariance: boolean;
}

export function mean(v: ArrayLike<number>): number {
  const n = v.length;
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i];
  return s / n;
}

/** Population standard deviation (ddof = 0), two-pass for accuracy. */
export function populationStd(v: ArrayLike<number>, m: number = mean(v)): number {
  const n = v.length;
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = v[i] - m;
    s += d * d;
  }
  return Math.sqrt(s / n);
}

/** Relative threshold below which a spread counts as zero (float noise). */
const ZERO_STD_RELATIVE = 1e-12;

export function fitZScore(v: ArrayLike<number>): ZScoreStats {
  const m = mean(v);
  const sd = populationStd(v, m);
  const zeroVariance = !(sd > ZERO_STD_RELATIVE * Math.max(1, Math.abs(m)));
  return {
    mean: m,
    std: zeroVariance ? 0 : sd,
    scale: zeroVariance ? 1 : sd,
    zeroVariance,
  };
}

export function transform(v: ArrayLike<number>, s: ZScoreStats): Float64Array {
  return transformInto(v, s, new Float64Array(v.length));
}

/** transform() into a caller's buffer (of v's length at least); returns it. */
export function transformInto(v: ArrayLike<number>, s: ZScoreStats, out: Float64Array): Float64Array {
  for (let i = 0; i < v.length; i++) out[i] = (v[i] - s.mean) / s.scale;
  return out;
}

export function inverseTransform(v: ArrayLike<number>, s: ZScoreStats): Float64Array {
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] * s.scale + s.mean;
  return out;
}

export function transformValue(v: number, s: ZScoreStats): number {
  return (v - s.mean) / s.scale;
}

export function inverseTransformValue(v: number, s: ZScoreStats): number {
  return v * s.scale + s.mean;
}

/** Stats of already-normalised data: mean 0, std 1 (what the article's bug uses). */
export const IDENTITY_STATS: ZScoreStats = { mean: 0, std: 1, scale: 1, zeroVariance: false };
