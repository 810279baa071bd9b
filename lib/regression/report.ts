/**
 * Summarise a trained model: errors in normalised and original units, the
 * OLS optimum, the linear model's weights in original units, sample
 * predictions, the article's two bugs made concrete, and exportable weights.
 */
import { mse, r2 } from "./metrics";
import { createModel, type ModelSpec } from "./model";
import { IDENTITY_STATS, inverseTransformValue, transformValue, type ZScoreStats } from "./normalize";
import { fitOlsBothUnits, type OlsBothUnits } from "./ols";
import type { TrainerState } from "./train";

/** The MSE the article prints. Below the OLS optimum, so it cannot be right. */
export const ARTICLE_REPORTED_MSE = 0.0129;

export interface PredictionRow {
  x: number;
  yTrue: number;
  yPred: number;
}

export interface DenormalizationRow {
  x: number;
  yTrue: number;
  /** Article's code: normalised prediction "denormalised" with the normalised y's mean 0 / std 1 — unchanged. */
  buggy: number;
  /** prediction · σy + μy with the original y's statistics. */
  correct: number;
}

export interface ArticleBugs {
  reportedMse: number;
  /** Best possible normalised training MSE for a linear model (1 − R²). */
  olsOptimumMse: number | null;
  /** olsOptimumMse / reportedMse: how far the claim is below what is possible. */
  optimumOverReported: number | null;
  /** True when the reported MSE is below the optimum, i.e. impossible for Dense(1). */
  reportedIsImpossible: boolean;
  denormalization: DenormalizationRow[];
}

export interface LayerWeights {
  /** Keras layout: kernel[input][unit]. */
  kernel: number[][];
  bias: number[];
}

export interface ExportedWeights {
  format: "fusion-atlas/regression-weights@1";
  model: ModelSpec;
  /** Flat parameters in normalised space (see model.ts for the layout). */
  params: number[];
  /** Same numbers per layer, as Keras' model.get_weights(). */
  layers: LayerWeights[];
  normalization: { x: { mean: number; std: number }; y: { mean: number; std: number } };
  /** Linear model only: y ≈ w·x + b in original units. */
  original: { w: number; b: number } | null;
}

export interface RegressionReport {
  model: ModelSpec;
  epochs: number;
  divergence: { epoch: number; reason: string } | null;
  /** Full training-set MSE, normalised units. */
  mseNormalized: number;
  /** Full training-set MSE, original units (= mseNormalized · σy²). */
  mseOriginal: number;
  r2: number;
  testMseNormalized: number | null;
  testMseOriginal: number | null;
  ols: OlsBothUnits | null;
  /** (mseNormalized − OLS optimum) / OLS optimum; null without OLS. */
  relativeGapToOls: number | null;
  /** Linear model only: w_orig = w·σy/σx, b_orig = μy + σy·b − w_orig·μx. */
  linearOriginal: { w: number; b: number } | null;
  predictions: PredictionRow[];
  articleBugs: ArticleBugs;
  weights: ExportedWeights;
}

export interface ReportOptions {
  /** How many sample predictions to list (default 5). */
  predictions?: number;
}

/** Convert normalised-space Dense(1) weights to original units. */
export function linearToOriginal(
  w: number,
  b: number,
  stats: { x: ZScoreStats; y: ZScoreStats },
): { w: number; b: number } {
  const wOrig = (w * stats.y.scale) / stats.x.scale;
  return { w: wOrig, b: stats.y.mean + stats.y.scale * b - wOrig * stats.x.mean };
}

function layersOf(spec: ModelSpec, p: Float64Array): LayerWeights[] {
  if (spec.kind === "linear") return [{ kernel: [[p[0]]], bias: [p[1]] }];
  const u = spec.units;
  return [
    { kernel: [Array.from(p.subarray(0, u))], bias: Array.from(p.subarray(u, 2 * u)) },
    { kernel: Array.from(p.subarray(2 * u, 3 * u), (v) => [v]), bias: [p[3 * u]] },
  ];
}

export function buildReport(
  state: TrainerState,
  stats: { x: ZScoreStats; y: ZScoreStats } = state.stats,
  options: ReportOptions = {},
): RegressionReport {
  const spec = state.settings.model;
  const params = state.params.slice();
  const model = createModel(spec, params);

  const predictNormalized = (xs: Float64Array): Float64Array => {
    const out = new Float64Array(xs.length);
    for (let i = 0; i < xs.length; i++) out[i] = model.predictOne(transformValue(xs[i], stats.x));
    return out;
  };
  const toOriginal = (v: Float64Array): Float64Array => v.map((p) => inverseTransformValue(p, stats.y));
  const normalizeY = (v: Float64Array): Float64Array => v.map((t) => transformValue(t, stats.y));

  const { train, test } = state;
  const predN = predictNormalized(train.x);
  const pred = toOriginal(predN);
  const mseNormalized = mse(normalizeY(train.y), predN);
  let testMseNormalized: number | null = null;
  let testMseOriginal: number | null = null;
  if (test) {
    const tN = predictNormalized(test.x);
    testMseNormalized = mse(normalizeY(test.y), tN);
    testMseOriginal = mse(test.y, toOriginal(tN));
  }

  const ols = fitOlsBothUnits(train.x, train.y);
  const optimum = ols ? ols.normalized.mse : null;
  const relativeGapToOls = optimum !== null && optimum > 0 ? (mseNormalized - optimum) / optimum : null;
  const linearOriginal = spec.kind === "linear" ? linearToOriginal(params[0], params[1], stats) : null;

  const k = Math.max(0, Math.min(train.x.length, Math.round(options.predictions ?? 5)));
  const predictions: PredictionRow[] = [];
  const denormalization: DenormalizationRow[] = [];
  for (let i = 0; i < k; i++) {
    predictions.push({ x: train.x[i], yTrue: train.y[i], yPred: pred[i] });
    denormalization.push({
      x: train.x[i],
      yTrue: train.y[i],
      buggy: inverseTransformValue(predN[i], IDENTITY_STATS),
      correct: pred[i],
    });
  }

  return {
    model: spec,
    epochs: state.epoch,
    divergence: state.divergence,
    mseNormalized,
    mseOriginal: mse(train.y, pred),
    r2: r2(train.y, pred),
    testMseNormalized,
    testMseOriginal,
    ols,
    relativeGapToOls,
    linearOriginal,
    predictions,
    articleBugs: {
      reportedMse: ARTICLE_REPORTED_MSE,
      olsOptimumMse: optimum,
      optimumOverReported: optimum !== null ? optimum / ARTICLE_REPORTED_MSE : null,
      reportedIsImpossible: optimum !== null && ARTICLE_REPORTED_MSE < optimum,
      denormalization,
    },
    weights: {
      format: "fusion-atlas/regression-weights@1",
      model: { ...spec },
      params: Array.from(params),
      layers: layersOf(spec, params),
      normalization: {
        x: { mean: stats.x.mean, std: stats.x.std },
        y: { mean: stats.y.mean, std: stats.y.std },
      },
      original: linearOriginal,
    },
  };
}
