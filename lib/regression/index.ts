/** Public API of the Fusion Atlas regression core (pure TS: Node and Web Workers). */
export { createRng, deriveSeed, permutation, shuffleInPlace, toSeed, STREAM } from "./prng";
export type { Rng } from "./prng";

export {
  DATASET_KINDS,
  DEFAULT_OUTLIER_FRACTION,
  MAX_POINTS,
  MIN_POINTS,
  OUTLIER_MAGNITUDE,
  defaultNoise,
  generateDataset,
  isDatasetKind,
} from "./datasets";
export type { Dataset, DatasetConfig, DatasetKind } from "./datasets";

export { MAX_CSV_ROWS, MAX_REPORTED_ERRORS, MIN_CSV_ROWS, parseCsv } from "./csv";
export type { CsvError, CsvErrorCode, CsvResult, CsvSeparator } from "./csv";

export {
  IDENTITY_STATS,
  fitZScore,
  inverseTransform,
  inverseTransformValue,
  mean,
  populationStd,
  transform,
  transformValue,
} from "./normalize";
export type { ZScoreStats } from "./normalize";

export { ACTIVATIONS, ACTIVATION_KINDS, isActivationKind } from "./activations";
export type { ActivationInfo, ActivationKind } from "./activations";

export { MAX_UNITS, MIN_UNITS, createModel, glorotLimit, initParams, linearWeights, paramCount } from "./model";
export type { Model, ModelKind, ModelSpec } from "./model";

export { KERAS_DEFAULTS, OPTIMIZER_KINDS, createOptimizer, isOptimizerKind } from "./optimizers";
export type { Optimizer, OptimizerKind, OptimizerOptions } from "./optimizers";

export { DIVERGENCE, MAX_TEST_FRACTION, TRAINER_DEFAULTS, createTrainer, splitIndices } from "./train";
export type {
  DataPart,
  EpochRecord,
  EpochResult,
  ResolvedTrainerSettings,
  Trainer,
  TrainerConfig,
  TrainerState,
} from "./train";

export { fitOls, fitOlsBothUnits } from "./ols";
export type { LineFit, OlsBothUnits, OlsResult } from "./ols";

export { mse, r2 } from "./metrics";

export { ARTICLE_REPORTED_MSE, buildReport, linearToOriginal } from "./report";
export type {
  ArticleBugs,
  DenormalizationRow,
  ExportedWeights,
  LayerWeights,
  PredictionRow,
  RegressionReport,
  ReportOptions,
} from "./report";

export { DEFAULT_RUN_CONFIG, createRun, datasetConfigOf, modelSpecOf, trainerConfigOf } from "./run-config";
export type { RunConfig } from "./run-config";

export { PRESETS, PRESET_IDS, isPresetId } from "./presets";
export type { Preset, PresetId, PresetRun } from "./presets";

export { URL_KEYS, URL_LIMITS, decodeRunConfig, encodeRunConfig } from "./url-state";
export type { UrlInput, UrlKey } from "./url-state";

export { MISSING, evenlySpacedIndices, formatNumber, formatSignedPercent } from "./format";
export type { FormatOptions } from "./format";

export {
  MAX_URL_CSV_CHARS,
  csvTooLongForUrl,
  decodeLabUrl,
  encodeLabUrl,
  matchesPreset,
  presetConfig,
  presetOf,
  withRecognisedPreset,
} from "./lab-url";
export type { DataSource, LabUrlInput, LabUrlState } from "./lab-url";

export { createSession } from "./session";
export type { RunProgress, Session, SessionData, SessionInput } from "./session";

export { articleCheck } from "./article-check";
export type { ArticleCheck } from "./article-check";

export { LOG_SCALE_GROWTH, epochAxisEnd, integerTicks, logRange, prefersLogScale } from "./chart-axes";

export { dataFileName, shareLink } from "./share-link";
export type { ShareLink } from "./share-link";

export { sparkline } from "./sparkline";
export type { Sparkline } from "./sparkline";
