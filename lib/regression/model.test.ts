import { describe, it, expect } from "vitest";
import { ACTIVATIONS, ACTIVATION_KINDS } from "./activations";
import { createModel, glorotLimit, initParams, linearWeights, paramCount, type ModelSpec } from "./model";
import { createRng } from "./prng";

const specs: ModelSpec[] = [
  { kind: "linear" },
  ...ACTIVATION_KINDS.map((activation): ModelSpec => ({ kind: "mlp", units: 5, activation })),
];

/** Batch MSE computed the slow, obvious way. */
function batchMse(spec: ModelSpec, p: Float64Array, x: number[], y: number[]): number {
  const m = createModel(spec, p.slice());
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (m.predictOne(x[i]) - y[i]) ** 2;
  return s / x.length;
}

describe("model", () => {
  it("parameter counts", () => {
    expect(paramCount({ kind: "linear" })).toBe(2);
    expect(paramCount({ kind: "mlp", units: 8, activation: "relu" })).toBe(25);
  });

  it("Keras init: glorot_uniform kernels within ±sqrt(6/(in+out)), zero biases", () => {
    expect(glorotLimit(1, 1)).toBeCloseTo(Math.sqrt(3), 15);
    const lin = initParams({ kind: "linear" }, createRng(1));
    expect(Math.abs(lin[0])).toBeLessThanOrEqual(Math.sqrt(3));
    expect(lin[1]).toBe(0);

    const u = 64;
    const p = initParams({ kind: "mlp", units: u, activation: "relu" }, createRng(2));
    const lim = Math.sqrt(6 / (1 + u));
    for (let j = 0; j < u; j++) {
      expect(Math.abs(p[j])).toBeLessThanOrEqual(lim); // W1
      expect(p[u + j]).toBe(0); // b1
      expect(Math.abs(p[2 * u + j])).toBeLessThanOrEqual(lim); // W2
    }
    expect(p[3 * u]).toBe(0); // b2
    // The kernel actually spreads over the interval (not all zeros / not constant).
    const w1 = Array.from(p.subarray(0, u));
    expect(Math.max(...w1) - Math.min(...w1)).toBeGreaterThan(lim);
  });

  it("init is seed-deterministic", () => {
    const spec: ModelSpec = { kind: "mlp", units: 16, activation: "tanh" };
    expect(Array.from(initParams(spec, createRng(3)))).toEqual(Array.from(initParams(spec, createRng(3))));
    expect(Array.from(initParams(spec, createRng(3)))).not.toEqual(Array.from(initParams(spec, createRng(4))));
  });

  it("linear forward is w·x + b", () => {
    const m = createModel({ kind: "linear" }, Float64Array.from([2, -1]));
    expect(m.predictOne(3)).toBe(5);
    expect(Array.from(m.predict([0, 1]))).toEqual([-1, 1]);
    expect(linearWeights(m.spec, m.params)).toEqual({ w: 2, b: -1 });
  });

  it("mlp forward matches a hand computation", () => {
    // 2 units: W1 = [1, -2], b1 = [0.5, 0], W2 = [3, 1], b2 = 0.25
    const p = Float64Array.from([1, -2, 0.5, 0, 3, 1, 0.25]);
    for (const activation of ACTIVATION_KINDS) {
      const m = createModel({ kind: "mlp", units: 2, activation }, p);
      const f = ACTIVATIONS[activation].f;
      const x = 0.7;
      expect(m.predictOne(x)).toBeCloseTo(3 * f(x + 0.5) + f(-2 * x) + 0.25, 14);
    }
  });

  it("backprop gradient equals finite differences of the batch MSE", () => {
    const x = [-1.2, -0.3, 0.1, 0.8, 1.5, 2.0];
    const y = [0.5, -0.2, 0.3, 1.1, -0.7, 0.9];
    const idx = Uint32Array.from([4, 0, 2, 5, 1, 3]);
    const xs = Float64Array.from(x);
    const ys = Float64Array.from(y);
    for (const spec of specs) {
      const p = initParams(spec, createRng(11));
      // Non-zero biases so every path is exercised.
      for (let i = 0; i < p.length; i++) p[i] += 0.05 * Math.sin(i + 1);
      const model = createModel(spec, p);
      const grad = new Float64Array(p.length);
      // Batch = idx[1..5) → samples 0, 2, 5, 1
      const loss = model.lossAndGrad(xs, ys, idx, 1, 5, grad);
      const bx = [x[0], x[2], x[5], x[1]];
      const by = [y[0], y[2], y[5], y[1]];
      expect(loss).toBeCloseTo(batchMse(spec, p, bx, by), 12);
      const h = 1e-6;
      for (let k = 0; k < p.length; k++) {
        const plus = p.slice();
        const minus = p.slice();
        plus[k] += h;
        minus[k] -= h;
        const numeric = (batchMse(spec, plus, bx, by) - batchMse(spec, minus, bx, by)) / (2 * h);
        expect(grad[k]).toBeCloseTo(numeric, 5);
      }
    }
  });

  it("rejects a parameter vector of the wrong size", () => {
    expect(() => createModel({ kind: "linear" }, new Float64Array(3))).toThrow(RangeError);
  });
});
