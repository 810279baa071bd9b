/**
 * Stateful, epoch-by-epoch trainer (a Web Worker can step, pause, resume).
 *
 * Mirrors Keras `model.fit(x, y, epochs, batch_size)` on z-scored data:
 *  - the data (original units) is split into train/test with a seeded
 *    shuffle (testFraction 0 = no test set, the article's setup);
 *  - z-score stats are fitted on the training part (all data when no split,
 *    as the article does) and applied to both parts;
 *  - every epoch the training order is reshuffled (Keras shuffle=True),
 *    then consumed in batches of `batchSize` (the last batch may be smaller);
 *  - each batch: loss = mean squared error over the batch, one optimiser step.
 *
 * Reported per epoch: `loss` = sample-weighted mean of the batch losses (what
 * Keras' progress bar shows) and `mse` = full training-set MSE after the
 * epoch (what the UI shows), plus `testMse` when there is a test set.
 * Everything is in normalised units.
 *
 * Divergence: if a batch loss or the epoch MSE is non-finite, above 1e12, or
 * above 1e6 × max(initial MSE, 1), training stops with
 * { diverged: true, reason, epoch }. Parameters are then rolled back to the end
 * of the last good epoch, so no NaN/Infinity ever reaches the state.
 */
import { createModel, initParams, paramCount, type Model, type ModelSpec } from "./model";
import { fitZScore, transform, type ZScoreStats } from "./normalize";
import { createOptimizer, type OptimizerKind } from "./optimizers";
import { createRng, deriveSeed, permutation, shuffleInPlace, STREAM, toSeed } from "./prng";

export interface TrainerConfig {
  /** Inputs in original units. */
  x: ArrayLike<number>;
  /** Targets in original units. */
  y: ArrayLike<number>;
  model: ModelSpec;
  /** Default "sgd" (Keras compile(optimizer="sgd")). */
  optimizer?: OptimizerKind;
  /** Default 0.01 (Keras SGD default). */
  learningRate?: number;
  /** Default 32 (Keras fit default). Clamped to 1..number of training points. */
  batchSize?: number;
  /** Default 100. */
  epochs?: number;
  /** 32-bit seed for initialisation, shuffling and the split. Default 42. */
  seed?: number;
  /** Fraction of points held out as a test set, 0..0.9. Default 0. */
  testFraction?: number;
  /** Reshuffle every epoch (Keras default true). */
  shuffle?: boolean;
}

export interface ResolvedTrainerSettings {
  model: ModelSpec;
  optimizer: OptimizerKind;
  learningRate: number;
  batchSize: number;
  epochs: number;
  seed: number;
  testFraction: number;
  shuffle: boolean;
}

export const TRAINER_DEFAULTS = {
  optimizer: "sgd",
  learningRate: 0.01,
  batchSize: 32,
  epochs: 100,
  seed: 42,
  testFraction: 0,
  shuffle: true,
} as const satisfies Omit<ResolvedTrainerSettings, "model">;

export const MAX_TEST_FRACTION = 0.9;
export const MAX_EPOCHS = 100_000;
/** Divergence thresholds. */
export const DIVERGENCE = { relative: 1e6, absolute: 1e12 } as const;

export interface EpochRecord {
  epoch: number;
  /** Sample-weighted mean of batch losses during the epoch (Keras' "loss"). */
  loss: number;
  /** Full training-set MSE after the epoch (normalised units). */
  mse: number;
  /** Test-set MSE after the epoch, null without a test set. */
  testMse: number | null;
}

export type EpochResult =
  | ({ diverged: false; done: boolean } & EpochRecord)
  | { diverged: true; done: true; epoch: number; reason: string };

export interface DataPart {
  x: Float64Array;
  y: Float64Array;
}

export interface TrainerState {
  settings: ResolvedTrainerSettings;
  /** Completed (non-diverged) epochs. */
  epoch: number;
  done: boolean;
  divergence: { epoch: number; reason: string } | null;
  /** Full training-set MSE of the initial parameters. */
  initialMse: number;
  history: EpochRecord[];
  /** Copy of the parameters (normalised space) after the last good epoch. */
  params: Float64Array;
  stats: { x: ZScoreStats; y: ZScoreStats };
  /** Training part, original units. */
  train: DataPart;
  /** Test part, original units (null without a split). */
  test: DataPart | null;
  /** Optimiser steps taken. */
  steps: number;
}

export interface Trainer {
  /** Train one epoch. After the end (or divergence) returns the final result again. */
  step(): EpochResult;
  /** Train until done (or at most `maxEpochs` more epochs); returns the last result. */
  run(maxEpochs?: number): EpochResult;
  /** Snapshot (copies): structured-clone friendly for postMessage. */
  state(): TrainerState;
  readonly done: boolean;
  readonly epoch: number;
  /** Predictions in original units for inputs in original units. */
  predict(x: ArrayLike<number>): Float64Array;
}

/** Seeded split; indices in each part keep their original order. */
export function splitIndices(
  n: number,
  testFraction: number,
  seed: number,
): { train: Uint32Array; test: Uint32Array } {
  const nTest = testFraction > 0 ? Math.min(n - 2, Math.max(1, Math.round(testFraction * n))) : 0;
  if (nTest <= 0) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return { train: all, test: new Uint32Array(0) };
  }
  const order = permutation(n, createRng(deriveSeed(seed, STREAM.split)));
  const test = order.slice(0, nTest).sort();
  const train = order.slice(nTest).sort();
  return { train, test };
}

function pick(v: ArrayLike<number>, idx: Uint32Array): Float64Array {
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = v[idx[k]];
  return out;
}

function positiveOr(v: number | undefined, fallback: number): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? v.toPrecision(3) : String(v);
}

/**
 * Create a trainer. Throws RangeError only for programmer errors in the data
 * (length mismatch, fewer than 2 points, non-finite values); user data should
 * come through `parseCsv`, which rejects all of those.
 */
export function createTrainer(config: TrainerConfig): Trainer {
  const n = config.x.length;
  if (config.y.length !== n) throw new RangeError(`x has ${n} values but y has ${config.y.length}`);
  if (n < 2) throw new RangeError("need at least 2 data points");
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(config.x[i]) || !Number.isFinite(config.y[i])) {
      throw new RangeError(`non-finite value at index ${i}`);
    }
  }

  const seed = toSeed(config.seed ?? TRAINER_DEFAULTS.seed);
  const tf = config.testFraction;
  const testFraction =
    tf !== undefined && Number.isFinite(tf) ? Math.min(MAX_TEST_FRACTION, Math.max(0, tf)) : 0;
  const split = splitIndices(n, testFraction, seed);
  const train: DataPart = { x: pick(config.x, split.train), y: pick(config.y, split.train) };
  const test: DataPart | null =
    split.test.length > 0 ? { x: pick(config.x, split.test), y: pick(config.y, split.test) } : null;
  const nTrain = train.x.length;

  const settings: ResolvedTrainerSettings = {
    model: config.model,
    optimizer: config.optimizer ?? TRAINER_DEFAULTS.optimizer,
    learningRate: positiveOr(config.learningRate, TRAINER_DEFAULTS.learningRate),
    batchSize: Math.min(nTrain, Math.max(1, Math.round(positiveOr(config.batchSize, TRAINER_DEFAULTS.batchSize)))),
    epochs: Math.min(MAX_EPOCHS, Math.max(1, Math.round(positiveOr(config.epochs, TRAINER_DEFAULTS.epochs)))),
    seed,
    testFraction: test ? testFraction : 0,
    shuffle: config.shuffle ?? TRAINER_DEFAULTS.shuffle,
  };

  const stats = { x: fitZScore(train.x), y: fitZScore(train.y) };
  const xn = transform(train.x, stats.x);
  const yn = transform(train.y, stats.y);
  const xtn = test ? transform(test.x, stats.x) : null;
  const ytn = test ? transform(test.y, stats.y) : null;

  const params = initParams(settings.model, createRng(deriveSeed(seed, STREAM.init)));
  const model: Model = createModel(settings.model, params);
  const size = paramCount(settings.model);
  const optimizer = createOptimizer(settings.optimizer, settings.learningRate, size);
  const grad = new Float64Array(size);
  const snapshot = new Float64Array(size);
  const shuffleRng = createRng(deriveSeed(seed, STREAM.shuffle));
  const order = new Uint32Array(nTrain);
  for (let i = 0; i < nTrain; i++) order[i] = i;
  const predTrain = new Float64Array(nTrain);
  const predTest = xtn ? new Float64Array(xtn.length) : null;

  const fullMse = (xs: Float64Array, ys: Float64Array, buf: Float64Array): number => {
    model.predict(xs, buf);
    let s = 0;
    for (let i = 0; i < ys.length; i++) {
      const e = buf[i] - ys[i];
      s += e * e;
    }
    return s / ys.length;
  };

  const initialMse = fullMse(xn, yn, predTrain);
  const limit = Math.min(DIVERGENCE.absolute, DIVERGENCE.relative * Math.max(initialMse, 1));
  const history: EpochRecord[] = [];
  let epoch = 0;
  let done = false;
  let divergence: { epoch: number; reason: string } | null = null;
  let last: EpochResult | null = null;

  const checkLoss = (value: number, what: string): string | null => {
    if (!Number.isFinite(value)) return `${what} became ${String(value)}`;
    if (value > DIVERGENCE.absolute) return `${what} ${fmt(value)} exceeded the limit ${fmt(DIVERGENCE.absolute)}`;
    if (value > limit) {
      return `${what} ${fmt(value)} exceeded the limit ${fmt(limit)} (${fmt(DIVERGENCE.relative)} × max(initial MSE ${fmt(initialMse)}, 1))`;
    }
    return null;
  };

  const diverge = (e: number, reason: string): EpochResult => {
    params.set(snapshot); // roll back to the last good epoch
    done = true;
    divergence = { epoch: e, reason };
    last = { diverged: true, done: true, epoch: e, reason };
    return last;
  };

  const step = (): EpochResult => {
    if (done && last) return last;
    const e = epoch + 1;
    snapshot.set(params);
    if (settings.shuffle) shuffleInPlace(order, shuffleRng);
    const bs = settings.batchSize;
    let sum = 0;
    let batch = 0;
    for (let start = 0; start < nTrain; start += bs) {
      const end = Math.min(start + bs, nTrain);
      batch++;
      const l = model.lossAndGrad(xn, yn, order, start, end, grad);
      const bad = checkLoss(l, `loss in batch ${batch}`);
      if (bad) return diverge(e, `${bad} during epoch ${e}`);
      sum += l * (end - start);
      optimizer.step(params, grad);
    }
    const mse = fullMse(xn, yn, predTrain);
    const bad = checkLoss(mse, "training MSE");
    if (bad) return diverge(e, `${bad} after epoch ${e}`);
    let testMse: number | null = null;
    if (xtn && ytn && predTest) {
      const t = fullMse(xtn, ytn, predTest);
      testMse = Number.isFinite(t) ? t : null;
    }
    epoch = e;
    const record: EpochRecord = { epoch: e, loss: sum / nTrain, mse, testMse };
    history.push(record);
    done = e >= settings.epochs;
    last = { diverged: false, done, ...record };
    return last;
  };

  return {
    step,
    run(maxEpochs = Number.POSITIVE_INFINITY) {
      let r = step();
      for (let k = 1; k < maxEpochs && !r.done; k++) r = step();
      return r;
    },
    state(): TrainerState {
      return {
        settings: { ...settings, model: { ...settings.model } },
        epoch,
        done,
        divergence: divergence ? { ...divergence } : null,
        initialMse,
        history: history.map((h) => ({ ...h })),
        params: params.slice(),
        stats: { x: { ...stats.x }, y: { ...stats.y } },
        train: { x: train.x.slice(), y: train.y.slice() },
        test: test ? { x: test.x.slice(), y: test.y.slice() } : null,
        steps: optimizer.iterations,
      };
    },
    get done() {
      return done;
    },
    get epoch() {
      return epoch;
    },
    predict(x) {
      const out = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) {
        out[i] = model.predictOne((x[i] - stats.x.mean) / stats.x.scale) * stats.y.scale + stats.y.mean;
      }
      return out;
    },
  };
}
