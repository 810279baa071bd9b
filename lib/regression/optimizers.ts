/**
 * Optimisers with Keras' update rules and defaults.
 *
 *   sgd      — keras.optimizers.SGD(lr):                 p −= lr·g
 *   momentum — keras.optimizers.SGD(lr, momentum=0.9):   v = m·v − lr·g;  p += v
 *   adam     — keras.optimizers.Adam(lr) (β1 .9, β2 .999, ε 1e-7), Keras form:
 *              m += (g − m)(1 − β1);  v += (g² − v)(1 − β2)
 *              α = lr·sqrt(1 − β2^t) / (1 − β1^t);  p −= α·m / (sqrt(v) + ε)
 */

import { OPT_ADAM, OPT_MOMENTUM, OPT_SGD, applyUpdate } from "./kernels";

export type OptimizerKind = "sgd" | "momentum" | "adam";

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ["sgd", "momentum", "adam"];

export const KERAS_DEFAULTS = {
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
} as const;

export interface Optimizer {
  readonly kind: OptimizerKind;
  readonly learningRate: number;
  /** Number of updates applied so far. */
  readonly iterations: number;
  /** Update params in place from the gradient. */
  step(params: Float64Array, grad: Float64Array): void;
}

export interface OptimizerOptions {
  momentum?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

export function createOptimizer(
  kind: OptimizerKind,
  learningRate: number,
  size: number,
  options: OptimizerOptions = {},
): Optimizer {
  const lr = learningRate;
  const code = kind === "sgd" ? OPT_SGD : kind === "momentum" ? OPT_MOMENTUM : OPT_ADAM;
  const mom = options.momentum ?? KERAS_DEFAULTS.momentum;
  const b1 = options.beta1 ?? KERAS_DEFAULTS.beta1;
  const b2 = options.beta2 ?? KERAS_DEFAULTS.beta2;
  const eps = options.epsilon ?? KERAS_DEFAULTS.epsilon;
  // Momentum's velocity or Adam's first moment; Adam's second moment.
  const m = new Float64Array(code === OPT_SGD ? 0 : size);
  const v = new Float64Array(code === OPT_ADAM ? size : 0);
  let t = 0;
  return {
    kind,
    learningRate: lr,
    get iterations() {
      return t;
    },
    step(p, g) {
      t++;
      applyUpdate(code, p, g, lr, m, v, t, mom, b1, b2, eps);
    },
  };
}

export function isOptimizerKind(s: string): s is OptimizerKind {
  return (OPTIMIZER_KINDS as readonly string[]).includes(s);
}
