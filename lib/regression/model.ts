/**
 * The two models, with flat Float64Array parameters:
 *
 *   linear — Keras Dense(1):                     params = [w, b]
 *   mlp    — Dense(units, act) then Dense(1):    params = [W1(units), b1(units), W2(units), b2]
 *
 * Initialisation follows Keras defaults: glorot_uniform kernels
 * (U(−L, L), L = sqrt(6 / (fan_in + fan_out))) and zero biases.
 * Loss is MSE averaged over the batch, as Keras' loss="mse".
 */
import type { ActivationKind } from "./activations";
import { ACT_LINEAR, ACT_RELU, ACT_SIGMOID, ACT_TANH, linearBatch, mlpBatch, mlpForward } from "./kernels";
import type { Rng } from "./prng";

export type ModelSpec =
  | { kind: "linear" }
  | { kind: "mlp"; units: number; activation: ActivationKind };

export type ModelKind = ModelSpec["kind"];

export const MIN_UNITS = 1;
export const MAX_UNITS = 64;

export function paramCount(spec: ModelSpec): number {
  return spec.kind === "linear" ? 2 : 3 * spec.units + 1;
}

/** Keras glorot_uniform limit for a Dense kernel. */
export function glorotLimit(fanIn: number, fanOut: number): number {
  return Math.sqrt(6 / (fanIn + fanOut));
}

/** Fresh parameters: glorot_uniform kernels, zero biases. */
export function initParams(spec: ModelSpec, rng: Rng): Float64Array {
  const p = new Float64Array(paramCount(spec));
  if (spec.kind === "linear") {
    const lim = glorotLimit(1, 1);
    p[0] = rng.uniformRange(-lim, lim);
    p[1] = 0;
    return p;
  }
  const u = spec.units;
  const lim1 = glorotLimit(1, u);
  for (let j = 0; j < u; j++) p[j] = rng.uniformRange(-lim1, lim1);
  // b1 = 0 (already)
  const lim2 = glorotLimit(u, 1);
  for (let j = 0; j < u; j++) p[2 * u + j] = rng.uniformRange(-lim2, lim2);
  // b2 = 0 (already)
  return p;
}

export interface Model {
  readonly spec: ModelSpec;
  /** Live parameter vector (optimisers update it in place). */
  readonly params: Float64Array;
  predictOne(x: number): number;
  predict(x: ArrayLike<number>, out?: Float64Array): Float64Array;
  /**
   * Mean squared error over samples idx[start..end) and its gradient with
   * respect to params, written (not accumulated) into `grad`.
   */
  lossAndGrad(
    x: Float64Array,
    y: Float64Array,
    idx: Uint32Array,
    start: number,
    end: number,
    grad: Float64Array,
  ): number;
}

/** Wrap a parameter vector (used in place, not copied) in a model. */
export function createModel(spec: ModelSpec, params: Float64Array): Model {
  if (params.length !== paramCount(spec)) {
    throw new RangeError(`expected ${paramCount(spec)} parameters, got ${params.length}`);
  }
  return spec.kind === "linear" ? linearModel(spec, params) : mlpModel(spec, params);
}

function linearModel(spec: ModelSpec, p: Float64Array): Model {
  const predictOne = (x: number): number => p[0] * x + p[1];
  return {
    spec,
    params: p,
    predictOne,
    predict(x, out = new Float64Array(x.length)) {
      const w = p[0];
      const b = p[1];
      for (let i = 0; i < x.length; i++) out[i] = w * x[i] + b;
      return out;
    },
    lossAndGrad: (x, y, idx, start, end, grad) => linearBatch(p, grad, x, y, idx, start, end),
  };
}

const ACT_CODE: Record<ActivationKind, number> = {
  relu: ACT_RELU,
  tanh: ACT_TANH,
  sigmoid: ACT_SIGMOID,
  linear: ACT_LINEAR,
};

function mlpModel(spec: Extract<ModelSpec, { kind: "mlp" }>, p: Float64Array): Model {
  const u = spec.units;
  const act = ACT_CODE[spec.activation];
  // Scratch space reused for every sample: no allocation in the hot loop.
  // hd holds f'(z) for the current sample, ha holds f(z).
  const hd = new Float64Array(u);
  const ha = new Float64Array(u);
  const predictOne = (x: number): number => mlpForward(p, u, act, x, null, null);

  return {
    spec,
    params: p,
    predictOne,
    predict(x, out = new Float64Array(x.length)) {
      for (let i = 0; i < x.length; i++) out[i] = mlpForward(p, u, act, x[i], null, null);
      return out;
    },
    lossAndGrad: (x, y, idx, start, end, grad) => mlpBatch(p, u, act, grad, ha, hd, x, y, idx, start, end),
  };
}

/** Parameters of a linear model as { w, b } (null for an MLP). */
export function linearWeights(spec: ModelSpec, params: ArrayLike<number>): { w: number; b: number } | null {
  return spec.kind === "linear" ? { w: params[0], b: params[1] } : null;
}
