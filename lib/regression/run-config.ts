/**
 * One flat, serialisable description of a whole run (dataset + model +
 * training), used by presets and URL state, and turned into a trainer here.
 */
import type { ActivationKind } from "./activations";
import { generateDataset, type Dataset, type DatasetConfig, type DatasetKind } from "./datasets";
import type { ModelKind, ModelSpec } from "./model";
import type { OptimizerKind } from "./optimizers";
import type { PresetId } from "./preset-ids";
import { createTrainer, type Trainer, type TrainerConfig } from "./train";

export interface RunConfig {
  /** Preset the run started from (null = custom). Informational only. */
  preset: PresetId | null;
  model: ModelKind;
  /** Hidden units (mlp only), 1..64. */
  units: number;
  /** Hidden activation (mlp only). */
  activation: ActivationKind;
  optimizer: OptimizerKind;
  learningRate: number;
  batchSize: number;
  epochs: number;
  /** One seed drives data, initialisation, shuffling and the split. */
  seed: number;
  data: DatasetKind;
  n: number;
  noise: number;
  /** Test fraction, 0 = no test set. */
  split: number;
  /** Outlier fraction (data = "outliers" only). */
  outlierFraction: number;
}

/** Article §5: Dense(1), SGD 0.01, batch 32, 100 epochs, 100 points, seed 42. */
export const DEFAULT_RUN_CONFIG: Readonly<RunConfig> = Object.freeze({
  preset: "article",
  model: "linear",
  units: 8,
  activation: "relu",
  optimizer: "sgd",
  learningRate: 0.01,
  batchSize: 32,
  epochs: 100,
  seed: 42,
  data: "article",
  n: 100,
  noise: 1,
  split: 0,
  outlierFraction: 0.05,
});

export function modelSpecOf(c: RunConfig): ModelSpec {
  return c.model === "linear" ? { kind: "linear" } : { kind: "mlp", units: c.units, activation: c.activation };
}

export function datasetConfigOf(c: RunConfig): DatasetConfig {
  return { kind: c.data, n: c.n, noise: c.noise, seed: c.seed, outlierFraction: c.outlierFraction };
}

export function trainerConfigOf(c: RunConfig, data: Dataset): TrainerConfig {
  return {
    x: data.x,
    y: data.y,
    model: modelSpecOf(c),
    optimizer: c.optimizer,
    learningRate: c.learningRate,
    batchSize: c.batchSize,
    epochs: c.epochs,
    seed: c.seed,
    testFraction: c.split,
  };
}

/** Generate the dataset and a fresh trainer for a run config. */
export function createRun(c: RunConfig): { dataset: Dataset; trainer: Trainer } {
  const dataset = generateDataset(datasetConfigOf(c));
  return { dataset, trainer: createTrainer(trainerConfigOf(c, dataset)) };
}
