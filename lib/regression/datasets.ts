/**
 * Seeded synthetic datasets in original (un-normalised) units.
 *
 * `article` mirrors the article exactly: numpy draws all of x first, then all
 * of the noise, so we do the same (x = rand(n); y = 2x + rand(n)).
 */
import { createRng, deriveSeed, permutation, STREAM } from "./prng";

export type DatasetKind = "article" | "gaussian" | "outliers" | "sine" | "quadratic";

export const DATASET_KINDS: readonly DatasetKind[] = [
  "article",
  "gaussian",
  "outliers",
  "sine",
  "quadratic",
];

export interface DatasetConfig {
  kind: DatasetKind;
  /** Number of points, 2..10,000. */
  n: number;
  /**
   * Noise level. article/outliers: amplitude a of uniform noise a·U(0,1)
   * (the article uses 1). gaussian/sine/quadratic: σ of N(0, σ).
   */
  noise: number;
  /** 32-bit seed. */
  seed: number;
  /** outliers only: fraction of points (0..0.5) that get a large offset. */
  outlierFraction?: number;
}

export interface Dataset {
  x: Float64Array;
  y: Float64Array;
}

export const MIN_POINTS = 2;
export const MAX_POINTS = 10_000;
/** Size of an outlier offset, in units of y (the article's y spans 0..3). */
export const OUTLIER_MAGNITUDE = 10;

export function defaultNoise(kind: DatasetKind): number {
  switch (kind) {
    case "article":
    case "outliers":
      return 1;
    case "gaussian":
      return 0.3;
    case "sine":
      return 0.1;
    case "quadratic":
      return 0.05;
  }
}

export const DEFAULT_OUTLIER_FRACTION = 0.05;

export function isDatasetKind(s: string): s is DatasetKind {
  return (DATASET_KINDS as readonly string[]).includes(s);
}

/** Generate a dataset. Out-of-range n/noise are clamped (never throws). */
export function generateDataset(config: DatasetConfig): Dataset {
  const n = clampInt(config.n, MIN_POINTS, MAX_POINTS);
  const noise = Number.isFinite(config.noise) ? Math.max(0, config.noise) : defaultNoise(config.kind);
  const rng = createRng(deriveSeed(config.seed, STREAM.data));
  const x = new Float64Array(n);
  const y = new Float64Array(n);

  switch (config.kind) {
    case "article":
    case "outliers": {
      for (let i = 0; i < n; i++) x[i] = rng.uniform();
      for (let i = 0; i < n; i++) y[i] = 2 * x[i] + noise * rng.uniform();
      if (config.kind === "outliers") {
        addOutliers(y, config.outlierFraction ?? DEFAULT_OUTLIER_FRACTION, config.seed);
      }
      break;
    }
    case "gaussian": {
      for (let i = 0; i < n; i++) x[i] = rng.uniform();
      for (let i = 0; i < n; i++) y[i] = 2 * x[i] + 0.5 + noise * rng.normal();
      break;
    }
    case "sine": {
      for (let i = 0; i < n; i++) x[i] = rng.uniform();
      for (let i = 0; i < n; i++) y[i] = Math.sin(2 * Math.PI * x[i]) + noise * rng.normal();
      break;
    }
    case "quadratic": {
      for (let i = 0; i < n; i++) x[i] = rng.uniformRange(-1, 1);
      for (let i = 0; i < n; i++) y[i] = x[i] * x[i] + noise * rng.normal();
      break;
    }
  }
  return { x, y };
}

/**
 * Shift exactly round(fraction·n) randomly chosen points by ±OUTLIER_MAGNITUDE
 * (random sign). Separate random stream, so the clean points equal `article`.
 */
function addOutliers(y: Float64Array, fraction: number, seed: number): void {
  const f = Number.isFinite(fraction) ? Math.min(0.5, Math.max(0, fraction)) : DEFAULT_OUTLIER_FRACTION;
  const count = Math.round(f * y.length);
  if (count === 0) return;
  const rng = createRng(deriveSeed(seed, STREAM.outliers));
  const order = permutation(y.length, rng);
  for (let k = 0; k < count; k++) {
    const i = order[k];
    const sign = rng.uniform() < 0.5 ? -1 : 1;
    y[i] = y[i] + sign * OUTLIER_MAGNITUDE * (0.5 + 0.5 * rng.uniform());
  }
}

export function clampInt(v: number, min: number, max: number): number {
  if (!Number.isFinite(v)) return min;
  return Math.min(max, Math.max(min, Math.round(v)));
}
