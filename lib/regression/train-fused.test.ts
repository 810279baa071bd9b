// The fused trainer (train.ts + kernels.ts) against the plain loop it replaced, written out here with the model and
// optimiser objects and the closure rng: same shuffles, same batches, same updates, so every number must be identical.
// The full-set MSE is summed in the kernels' four lanes (laneSum), which is the one order both must use.
import { describe, expect, it } from "vitest";
import { generateDataset } from "./datasets";
import { createModel, initParams, type ModelSpec } from "./model";
import { fitZScore, transform } from "./normalize";
import { createOptimizer, type OptimizerKind } from "./optimizers";
import { createRng, deriveSeed, shuffleInPlace, STREAM } from "./prng";
import { createTrainer } from "./train";

/** Four lanes by index mod 4 over whole blocks of four, the rest into lane 0, then (s0 + s1) + (s2 + s3). */
function laneSum(values: number[]): number {
  const lanes = [0, 0, 0, 0];
  const whole = values.length - (values.length % 4);
  values.forEach((v, i) => {
    lanes[i < whole ? i % 4 : 0] += v;
  });
  return lanes[0] + lanes[1] + (lanes[2] + lanes[3]);
}

function reference(x: Float64Array, y: Float64Array, spec: ModelSpec, optimizer: OptimizerKind, lr: number, batchSize: number, epochs: number, seed: number) {
  const xn = transform(x, fitZScore(x));
  const yn = transform(y, fitZScore(y));
  const params = initParams(spec, createRng(deriveSeed(seed, STREAM.init)));
  const model = createModel(spec, params);
  const opt = createOptimizer(optimizer, lr, params.length);
  const grad = new Float64Array(params.length);
  const rng = createRng(deriveSeed(seed, STREAM.shuffle));
  const order = new Uint32Array(xn.length).map((_, i) => i);
  const history: Array<{ loss: number; mse: number }> = [];
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rng);
    let sum = 0;
    for (let start = 0; start < xn.length; start += batchSize) {
      const end = Math.min(start + batchSize, xn.length);
      sum += model.lossAndGrad(xn, yn, order, start, end, grad) * (end - start);
      opt.step(params, grad);
    }
    const pred = model.predict(xn);
    history.push({ loss: sum / xn.length, mse: laneSum(Array.from(yn, (v, i) => (pred[i] - v) ** 2)) / yn.length });
  }
  return { params: Array.from(params), history, steps: opt.iterations };
}

const specs: ModelSpec[] = [
  { kind: "linear" },
  { kind: "mlp", units: 8, activation: "tanh" },
  { kind: "mlp", units: 5, activation: "relu" },
  { kind: "mlp", units: 3, activation: "sigmoid" },
  { kind: "mlp", units: 2, activation: "linear" },
];

describe("the fused trainer equals the plain loop, bit for bit", () => {
  for (const spec of specs) {
    for (const optimizer of ["sgd", "momentum", "adam"] as const) {
      it(`${spec.kind === "linear" ? "linear" : `mlp ${spec.units} ${spec.activation}`}, ${optimizer}`, () => {
        const { x, y } = generateDataset({ kind: "article", n: 77, noise: 1, seed: 5 });
        const epochs = 25;
        const trainer = createTrainer({ x, y, model: spec, optimizer, learningRate: 0.02, batchSize: 10, epochs, seed: 9 });
        trainer.run();
        const state = trainer.state();
        const expected = reference(x, y, spec, optimizer, 0.02, 10, epochs, 9);
        expect(Array.from(state.params)).toEqual(expected.params);
        expect(state.history.map((h) => ({ loss: h.loss, mse: h.mse }))).toEqual(expected.history);
        expect(state.steps).toBe(expected.steps);
      });
    }
  }

  it("stepping epoch by epoch and running at once give the same trainer", () => {
    const { x, y } = generateDataset({ kind: "article", n: 100, noise: 1, seed: 42 });
    const config = { x, y, model: { kind: "linear" } as ModelSpec, seed: 42 };
    const stepped = createTrainer(config);
    while (!stepped.step().done) {
      /* one epoch at a time */
    }
    const run = createTrainer(config);
    expect(run.run()).toEqual(stepped.step());
    expect(run.state()).toEqual(stepped.state());
  });
});
