import { describe, it, expect } from "vitest";
import { createOptimizer, isOptimizerKind, KERAS_DEFAULTS } from "./optimizers";

describe("optimizers (Keras update rules)", () => {
  it("sgd: p −= lr·g", () => {
    const o = createOptimizer("sgd", 0.1, 2);
    const p = Float64Array.from([1, -1]);
    o.step(p, Float64Array.from([2, -4]));
    expect(p[0]).toBeCloseTo(0.8, 15);
    expect(p[1]).toBeCloseTo(-0.6, 15);
    expect(o.iterations).toBe(1);
  });

  it("momentum 0.9: v = m·v − lr·g; p += v", () => {
    const o = createOptimizer("momentum", 0.1, 1);
    const p = Float64Array.from([0]);
    const g = Float64Array.from([1]);
    o.step(p, g); // v = −0.1, p = −0.1
    expect(p[0]).toBeCloseTo(-0.1, 15);
    o.step(p, g); // v = 0.9·(−0.1) − 0.1 = −0.19, p = −0.29
    expect(p[0]).toBeCloseTo(-0.29, 15);
    expect(KERAS_DEFAULTS.momentum).toBe(0.9);
  });

  it("adam: first step moves each parameter by ≈ lr against the gradient's sign", () => {
    const o = createOptimizer("adam", 0.01, 3);
    const p = Float64Array.from([1, 1, 1]);
    o.step(p, Float64Array.from([5, -0.001, 1e3]));
    expect(p[0]).toBeCloseTo(0.99, 6);
    expect(p[1]).toBeCloseTo(1.01, 4);
    expect(p[2]).toBeCloseTo(0.99, 6);
  });

  it("adam: two steps match a hand computation with β1 .9, β2 .999, ε 1e-7", () => {
    const lr = 0.1;
    const o = createOptimizer("adam", lr, 1);
    const p = Float64Array.from([0]);
    o.step(p, Float64Array.from([2]));
    o.step(p, Float64Array.from([1]));
    // m1 = 0.2, v1 = 0.004; m2 = 0.18 + 0.1 = 0.28, v2 = 0.003996 + 0.001 = 0.004996
    const { beta1: b1, beta2: b2, epsilon: eps } = KERAS_DEFAULTS;
    const a1 = (lr * Math.sqrt(1 - b2)) / (1 - b1);
    const a2 = (lr * Math.sqrt(1 - b2 ** 2)) / (1 - b1 ** 2);
    const expected = -(a1 * 0.2) / (Math.sqrt(0.004) + eps) - (a2 * 0.28) / (Math.sqrt(0.004996) + eps);
    expect(p[0]).toBeCloseTo(expected, 12);
  });

  it("each optimiser minimises a simple quadratic", () => {
    for (const [kind, lr] of [
      ["sgd", 0.1],
      ["momentum", 0.05],
      ["adam", 0.05],
    ] as const) {
      const o = createOptimizer(kind, lr, 2);
      const p = Float64Array.from([3, -2]);
      const g = new Float64Array(2);
      for (let t = 0; t < 2000; t++) {
        g[0] = 2 * (p[0] - 1);
        g[1] = 2 * (p[1] + 0.5);
        o.step(p, g);
      }
      expect(p[0]).toBeCloseTo(1, 3);
      expect(p[1]).toBeCloseTo(-0.5, 3);
    }
  });

  it("isOptimizerKind", () => {
    expect(isOptimizerKind("adam")).toBe(true);
    expect(isOptimizerKind("rmsprop")).toBe(false);
  });
});
