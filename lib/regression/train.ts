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
import type { ActivationKind } from "./activations";
import {
  ACT_LINEAR,
  ACT_RELU,
  ACT_SIGMOID,
  ACT_TANH,
  OPT_ADAM,
  OPT_MOMENTUM,
  OPT_SGD,
  applyUpdate,
  linearEpoch,
  linearMse,
  mlpBatch,
  mlpForward,
  mlpMse,
} from "./kernels";
import { initParams, paramCount, type ModelSpec } from "./model";
import { fitZScore, transformInto, type ZScoreStats } from "./normalize";
import { KERAS_DEFAULTS, type OptimizerKind } from "./optimizers";
import { createRng, deriveSeed, permutation, shuffleWithState, STREAM, toSeed } from "./prng";

const ACT_CODE: Record<ActivationKind, number> = { relu: ACT_RELU, tanh: ACT_TANH, sigmoid: ACT_SIGMOID, linear: ACT_LINEAR };
const OPT_CODE: Record<OptimizerKind, number> = { sgd: OPT_SGD, momentum: OPT_MOMENTUM, adam: OPT_ADAM };

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
/** The buffer a trainer does not use (no test set, no optimiser moments, no hidden layer): empty, so never written. */
const NO_FLOATS = new Float64Array(0);
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
  const split = testFraction > 0 ? splitIndices(n, testFraction, seed) : null;
  const nTest = split ? split.test.length : 0;
  const nTrain = n - nTest;

  const spec = config.model;
  const settings: ResolvedTrainerSettings = {
    model: spec,
    optimizer: config.optimizer ?? TRAINER_DEFAULTS.optimizer,
    learningRate: positiveOr(config.learningRate, TRAINER_DEFAULTS.learningRate),
    batchSize: Math.min(nTrain, Math.max(1, Math.round(positiveOr(config.batchSize, TRAINER_DEFAULTS.batchSize)))),
    epochs: Math.min(MAX_EPOCHS, Math.max(1, Math.round(positiveOr(config.epochs, TRAINER_DEFAULTS.epochs)))),
    seed,
    testFraction: nTest > 0 ? testFraction : 0,
    shuffle: config.shuffle ?? TRAINER_DEFAULTS.shuffle,
  };
  const size = paramCount(spec);
  const isLinear = spec.kind === "linear";
  const units = spec.kind === "mlp" ? spec.units : 0;
  const act = spec.kind === "mlp" ? ACT_CODE[spec.activation] : ACT_LINEAR;
  const opt = OPT_CODE[settings.optimizer];
  const lr = settings.learningRate;
  const { momentum: mom, beta1: b1, beta2: b2, epsilon: eps } = KERAS_DEFAULTS;
  const epochs = settings.epochs;

  // Every buffer the trainer uses lives in one allocation (a typed array's backing store costs far more to make and
  // to collect than a view of one): the data in both units, the gradient, the optimiser's moments, the hidden layer's
  // scratch, the history's columns, and the shuffle order (as 32-bit words at the end).
  const sizes = {
    trainX: nTrain, trainY: nTrain, xn: nTrain, yn: nTrain,
    testX: nTest, testY: nTest, xtn: nTest, ytn: nTest,
    params: size, grad: size, snapshot: size,
    moment1: opt === OPT_SGD ? 0 : size, moment2: opt === OPT_ADAM ? size : 0,
    ha: units, hd: units,
    loss: epochs, mse: epochs, testMse: nTest > 0 ? epochs : 0,
  };
  const floats =
    4 * nTrain + 4 * nTest + 3 * size + sizes.moment1 + sizes.moment2 + 2 * units + 2 * epochs + sizes.testMse;
  const arena = new Float64Array(floats + Math.ceil(nTrain / 2));
  let offset = 0;
  const buffer = arena.buffer;
  // A view made with the constructor, not subarray() (which looks up a species constructor); a buffer this run does
  // not use is the one shared empty array, so nothing is made for it.
  const take = (k: keyof typeof sizes): Float64Array => {
    const length = sizes[k];
    if (length === 0) return NO_FLOATS;
    const view = new Float64Array(buffer, offset * 8, length);
    offset += length;
    return view;
  };
  const train: DataPart = { x: take("trainX"), y: take("trainY") };
  const xn = take("xn");
  const yn = take("yn");
  const testPart: DataPart = { x: take("testX"), y: take("testY") };
  const xtn = take("xtn");
  const ytn = take("ytn");
  const params = take("params");
  const grad = take("grad");
  const snapshot = take("snapshot");
  const moment1 = take("moment1");
  const moment2 = take("moment2");
  const ha = take("ha");
  const hd = take("hd");
  const lossHistory = take("loss");
  const mseHistory = take("mse");
  const testHistory = take("testMse");
  const order = new Uint32Array(buffer, offset * 8, nTrain);

  if (split) {
    for (let k = 0; k < nTrain; k++) {
      train.x[k] = config.x[split.train[k]];
      train.y[k] = config.y[split.train[k]];
    }
    for (let k = 0; k < nTest; k++) {
      testPart.x[k] = config.x[split.test[k]];
      testPart.y[k] = config.y[split.test[k]];
    }
  } else {
    for (let k = 0; k < n; k++) {
      train.x[k] = config.x[k];
      train.y[k] = config.y[k];
    }
  }
  const test: DataPart | null = nTest > 0 ? testPart : null;

  const stats = { x: fitZScore(train.x), y: fitZScore(train.y) };
  transformInto(train.x, stats.x, xn);
  transformInto(train.y, stats.y, yn);
  if (test) {
    transformInto(test.x, stats.x, xtn);
    transformInto(test.y, stats.y, ytn);
  }

  params.set(initParams(spec, createRng(deriveSeed(seed, STREAM.init))));
  for (let i = 0; i < nTrain; i++) order[i] = i;
  let shuffleState = deriveSeed(seed, STREAM.shuffle);
  /** linearEpoch's out-parameters: failing batch, its loss, updates applied. */
  const epochOut = new Float64Array(3);

  const fullMse = (xs: Float64Array, ys: Float64Array): number =>
    isLinear ? linearMse(params, xs, ys) : mlpMse(params, units, act, xs, ys);

  const initialMse = fullMse(xn, yn);
  const limit = Math.min(DIVERGENCE.absolute, DIVERGENCE.relative * Math.max(initialMse, 1));
  let epoch = 0;
  let steps = 0;
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
  /** checkLoss(value) !== null, without building the message. */
  const bad = (value: number): boolean => !Number.isFinite(value) || value > DIVERGENCE.absolute || value > limit;

  const diverge = (e: number, reason: string): void => {
    params.set(snapshot); // roll back to the last good epoch
    done = true;
    divergence = { epoch: e, reason };
  };

  /**
   * One epoch, fused: shuffle, then per batch forward + backward + update, then the full-set MSE. Allocates nothing
   * and creates no closures or objects unless training diverges. Returns false when it diverged.
   */
  const trainEpoch = (): boolean => {
    const e = epoch + 1;
    for (let i = 0; i < size; i++) snapshot[i] = params[i];
    if (settings.shuffle) shuffleState = shuffleWithState(order, shuffleState);
    const bs = settings.batchSize;
    let sum = 0;
    let batch = 0;
    if (isLinear) {
      // The whole epoch in one kernel call; the divergence limit is min(absolute, relative), as checkLoss tests.
      sum = linearEpoch(params, grad, xn, yn, order, bs, Math.min(limit, DIVERGENCE.absolute), opt, lr, moment1, moment2, steps, mom, b1, b2, eps, epochOut);
      steps += epochOut[2];
      if (Number.isNaN(sum)) {
        const l = epochOut[1];
        diverge(e, `${checkLoss(l, `loss in batch ${epochOut[0]}`) ?? "loss out of range"} during epoch ${e}`);
        return false;
      }
    }
    for (let start = isLinear ? nTrain : 0; start < nTrain; start += bs) {
      const end = Math.min(start + bs, nTrain);
      batch++;
      const l = mlpBatch(params, units, act, grad, ha, hd, xn, yn, order, start, end);
      if (bad(l)) {
        diverge(e, `${checkLoss(l, `loss in batch ${batch}`) ?? "loss out of range"} during epoch ${e}`);
        return false;
      }
      sum += l * (end - start);
      steps++;
      applyUpdate(opt, params, grad, lr, moment1, moment2, steps, mom, b1, b2, eps);
    }
    const mse = fullMse(xn, yn);
    if (bad(mse)) {
      diverge(e, `${checkLoss(mse, "training MSE") ?? "training MSE out of range"} after epoch ${e}`);
      return false;
    }
    if (test) testHistory[e - 1] = fullMse(xtn, ytn);
    lossHistory[e - 1] = sum / nTrain;
    mseHistory[e - 1] = mse;
    epoch = e;
    done = e >= settings.epochs;
    return true;
  };

  const testAt = (k: number): number | null => {
    if (!test) return null;
    const t = testHistory[k];
    return Number.isFinite(t) ? t : null;
  };

  const record = (k: number): EpochRecord => ({ epoch: k + 1, loss: lossHistory[k], mse: mseHistory[k], testMse: testAt(k) });

  /** The result of the last epoch (or of the divergence). */
  const result = (): EpochResult => {
    if (divergence) return { diverged: true, done: true, epoch: divergence.epoch, reason: divergence.reason };
    return { diverged: false, done, ...record(epoch - 1) };
  };

  const step = (): EpochResult => {
    if (done && last) return last;
    trainEpoch();
    last = result();
    return last;
  };

  return {
    step,
    run(maxEpochs = Number.POSITIVE_INFINITY) {
      if (done && last) return last;
      // Epochs back to back; the result object is made once, at the end.
      trainEpoch();
      for (let k = 1; k < maxEpochs && !done; k++) trainEpoch();
      last = result();
      return last;
    },
    state(): TrainerState {
      const history: EpochRecord[] = new Array<EpochRecord>(epoch);
      for (let k = 0; k < epoch; k++) history[k] = record(k);
      return {
        settings: { ...settings, model: { ...settings.model } },
        epoch,
        done,
        divergence: divergence ? { ...divergence } : null,
        initialMse,
        history,
        params: params.slice(),
        stats: { x: { ...stats.x }, y: { ...stats.y } },
        train: { x: train.x.slice(), y: train.y.slice() },
        test: test ? { x: test.x.slice(), y: test.y.slice() } : null,
        steps,
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
        const xi = (x[i] - stats.x.mean) / stats.x.scale;
        const yi = isLinear ? params[0] * xi + params[1] : mlpForward(params, units, act, xi, null, null);
        out[i] = yi * stats.y.scale + stats.y.mean;
      }
      return out;
    },
  };
}
