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
    lossAndGrad(x, y, idx, start, end, grad) {
      const w = p[0];
      const b = p[1];
      let loss = 0;
      let gw = 0;
      let gb = 0;
      for (let k = start; k < end; k++) {
        const i = idx[k];
        const xi = x[i];
        const e = w * xi + b - y[i];
        loss += e * e;
        gw += e * xi;
        gb += e;
      }
      const m = end - start;
      const c = 2 / m;
      grad[0] = c * gw;
      grad[1] = c * gb;
      return loss / m;
    },
  };
}

/** Activation codes for the hot loop (inline branches, no polymorphic calls). */
const ACT_RELU = 0;
const ACT_TANH = 1;
const ACT_SIGMOID = 2;
const ACT_LINEAR = 3;
const ACT_CODE: Record<ActivationKind, number> = {
  relu: ACT_RELU,
  tanh: ACT_TANH,
  sigmoid: ACT_SIGMOID,
  linear: ACT_LINEAR,
};

function mlpModel(spec: Extract<ModelSpec, { kind: "mlp" }>, p: Float64Array): Model {
  const u = spec.units;
  const act = ACT_CODE[spec.activation];
  const oB1 = u;
  const oW2 = 2 * u;
  const oB2 = 3 * u;
  // Scratch space reused for every sample: no allocation in the hot loop.
  // hd holds f'(z) for the current sample, ha holds f(z).
  const hd = new Float64Array(u);
  const ha = new Float64Array(u);

  /** Forward one sample; fills ha (activations) and hd (derivatives) when `keep`. */
  const forward = (x: number, keep: boolean): number => {
    let out = p[oB2];
    for (let j = 0; j < u; j++) {
      const z = p[j] * x + p[oB1 + j];
      let a: number;
      let d: number;
      if (act === ACT_RELU) {
        a = z > 0 ? z : 0;
        d = z > 0 ? 1 : 0;
      } else if (act === ACT_TANH) {
        a = Math.tanh(z);
        d = 1 - a * a;
      } else if (act === ACT_SIGMOID) {
        a = 1 / (1 + Math.exp(-z));
        d = a * (1 - a);
      } else {
        a = z;
        d = 1;
      }
      if (keep) {
        ha[j] = a;
        hd[j] = d;
      }
      out += p[oW2 + j] * a;
    }
    return out;
  };

  const predictOne = (x: number): number => forward(x, false);

  return {
    spec,
    params: p,
    predictOne,
    predict(x, out = new Float64Array(x.length)) {
      for (let i = 0; i < x.length; i++) out[i] = forward(x[i], false);
      return out;
    },
    lossAndGrad(x, y, idx, start, end, grad) {
      grad.fill(0);
      const m = end - start;
      const c = 2 / m;
      let loss = 0;
      for (let k = start; k < end; k++) {
        const i = idx[k];
        const xi = x[i];
        const e = forward(xi, true) - y[i];
        loss += e * e;
        const g = c * e; // d(batch mean loss)/d(prediction)
        grad[oB2] += g;
        for (let j = 0; j < u; j++) {
          grad[oW2 + j] += g * ha[j];
          const dz = g * p[oW2 + j] * hd[j];
          grad[j] += dz * xi;
          grad[oB1 + j] += dz;
        }
      }
      return loss / m;
    },
  };
}

/** Parameters of a linear model as { w, b } (null for an MLP). */
export function linearWeights(spec: ModelSpec, params: ArrayLike<number>): { w: number; b: number } | null {
  return spec.kind === "linear" ? { w: params[0], b: params[1] } : null;
}
