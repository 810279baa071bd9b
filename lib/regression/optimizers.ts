/**
 * Optimisers with Keras' update rules and defaults.
 *
 *   sgd      — keras.optimizers.SGD(lr):                 p −= lr·g
 *   momentum — keras.optimizers.SGD(lr, momentum=0.9):   v = m·v − lr·g;  p += v
 *   adam     — keras.optimizers.Adam(lr) (β1 .9, β2 .999, ε 1e-7), Keras form:
 *              m += (g − m)(1 − β1);  v += (g² − v)(1 − β2)
 *              α = lr·sqrt(1 − β2^t) / (1 − β1^t);  p −= α·m / (sqrt(v) + ε)
 */

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
  switch (kind) {
    case "sgd": {
      let t = 0;
      return {
        kind,
        learningRate: lr,
        get iterations() {
          return t;
        },
        step(p, g) {
          for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
          t++;
        },
      };
    }
    case "momentum": {
      const mom = options.momentum ?? KERAS_DEFAULTS.momentum;
      const v = new Float64Array(size);
      let t = 0;
      return {
        kind,
        learningRate: lr,
        get iterations() {
          return t;
        },
        step(p, g) {
          for (let i = 0; i < p.length; i++) {
            v[i] = mom * v[i] - lr * g[i];
            p[i] += v[i];
          }
          t++;
        },
      };
    }
    case "adam": {
      const b1 = options.beta1 ?? KERAS_DEFAULTS.beta1;
      const b2 = options.beta2 ?? KERAS_DEFAULTS.beta2;
      const eps = options.epsilon ?? KERAS_DEFAULTS.epsilon;
      const m = new Float64Array(size);
      const v = new Float64Array(size);
      let t = 0;
      return {
        kind,
        learningRate: lr,
        get iterations() {
          return t;
        },
        step(p, g) {
          t++;
          const alpha = (lr * Math.sqrt(1 - Math.pow(b2, t))) / (1 - Math.pow(b1, t));
          for (let i = 0; i < p.length; i++) {
            const gi = g[i];
            m[i] += (gi - m[i]) * (1 - b1);
            v[i] += (gi * gi - v[i]) * (1 - b2);
            p[i] -= (alpha * m[i]) / (Math.sqrt(v[i]) + eps);
          }
        },
      };
    }
  }
}

export function isOptimizerKind(s: string): s is OptimizerKind {
  return (OPTIMIZER_KINDS as readonly string[]).includes(s);
}
