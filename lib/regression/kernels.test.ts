// The kernels' sums run in lanes (kernels.ts): a linear batch in two (even and odd positions of the batch, the last
// odd one in lane 0), a full-set MSE in four. Written out here sample by sample, in that order, the numbers must be
// identical; and they must agree with a plain sum to rounding.
import { describe, expect, it } from "vitest";
import { linearBatch, linearMse, mlpMse, ACT_TANH } from "./kernels";

const x = Float64Array.from([0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2, 0.05, 1.1]);
const y = Float64Array.from([0.9, -2.1, 5.2, 1.3, -0.6, 3.7, -4.5, 0.2, 2.4]);
const idx = Uint32Array.from([4, 8, 1, 6, 0, 3, 7, 2, 5]);
const p = Float64Array.from([1.7, 0.12]);

function batchByHand(start: number, end: number) {
  const lanes = [
    { loss: 0, gw: 0, gb: 0 },
    { loss: 0, gw: 0, gb: 0 },
  ];
  const pairs = start + 2 * Math.floor((end - start) / 2);
  for (let k = start; k < end; k++) {
    const i = idx[k];
    const e = p[0] * x[i] + p[1] - y[i];
    const lane = lanes[k < pairs ? (k - start) % 2 : 0];
    lane.loss += e * e;
    lane.gw += e * x[i];
    lane.gb += e;
  }
  const m = end - start;
  return { loss: (lanes[0].loss + lanes[1].loss) / m, gw: (2 / m) * (lanes[0].gw + lanes[1].gw), gb: (2 / m) * (lanes[0].gb + lanes[1].gb) };
}

describe("linearBatch sums in two lanes", () => {
  for (const [start, end] of [[0, 1], [3, 4], [2, 4], [1, 4], [0, 9], [4, 9], [5, 9]] as const) {
    it(`batch ${start}..${end} equals the lanes written out, and a plain sum to rounding`, () => {
      const grad = new Float64Array(2);
      const loss = linearBatch(p, grad, x, y, idx, start, end);
      const byHand = batchByHand(start, end);
      expect(loss).toBe(byHand.loss);
      expect(grad[0]).toBe(byHand.gw);
      expect(grad[1]).toBe(byHand.gb);
      let plain = 0;
      for (let k = start; k < end; k++) plain += (p[0] * x[idx[k]] + p[1] - y[idx[k]]) ** 2;
      expect(loss).toBeCloseTo(plain / (end - start), 12);
    });
  }
});

describe("full-set MSE sums in four lanes", () => {
  const lanesOf = (errors: number[]) => {
    const s = [0, 0, 0, 0];
    const whole = errors.length - (errors.length % 4);
    errors.forEach((e, i) => (s[i < whole ? i % 4 : 0] += e * e));
    return (s[0] + s[1] + (s[2] + s[3])) / errors.length;
  };
  for (const n of [1, 3, 4, 5, 8, 9]) {
    it(`n = ${n}: linear and MLP`, () => {
      const xs = x.subarray(0, n);
      const ys = y.subarray(0, n);
      expect(linearMse(p, xs, ys)).toBe(lanesOf(Array.from(xs, (v, i) => p[0] * v + p[1] - ys[i])));
      // One tanh unit: [W1, b1, W2, b2].
      const q = Float64Array.from([0.8, -0.1, 1.5, 0.2]);
      const mlp = (v: number) => q[3] + q[2] * Math.tanh(q[0] * v + q[1]);
      expect(mlpMse(q, 1, ACT_TANH, xs, ys)).toBe(lanesOf(Array.from(xs, (v, i) => mlp(v) - ys[i])));
    });
  }
});
