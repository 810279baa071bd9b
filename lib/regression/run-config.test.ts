import { describe, it, expect } from "vitest";
import { createRun, datasetConfigOf, DEFAULT_RUN_CONFIG, modelSpecOf, trainerConfigOf } from "./run-config";
import { generateDataset } from "./datasets";

describe("run-config", () => {
  it("maps a run config onto model, dataset and trainer settings", () => {
    const c = { ...DEFAULT_RUN_CONFIG, model: "mlp" as const, units: 4, activation: "tanh" as const, split: 0.2 };
    expect(modelSpecOf(c)).toEqual({ kind: "mlp", units: 4, activation: "tanh" });
    expect(modelSpecOf(DEFAULT_RUN_CONFIG)).toEqual({ kind: "linear" });
    expect(datasetConfigOf(c)).toEqual({ kind: "article", n: 100, noise: 1, seed: 42, outlierFraction: 0.05 });
    const data = generateDataset(datasetConfigOf(c));
    expect(trainerConfigOf(c, data)).toMatchObject({
      optimizer: "sgd",
      learningRate: 0.01,
      batchSize: 32,
      epochs: 100,
      seed: 42,
      testFraction: 0.2,
    });
  });

  it("createRun is reproducible: same config → same data and same trained parameters", () => {
    const a = createRun(DEFAULT_RUN_CONFIG);
    const b = createRun(DEFAULT_RUN_CONFIG);
    expect(Array.from(a.dataset.y)).toEqual(Array.from(b.dataset.y));
    a.trainer.run();
    b.trainer.run();
    expect(Array.from(a.trainer.state().params)).toEqual(Array.from(b.trainer.state().params));
    const c = createRun({ ...DEFAULT_RUN_CONFIG, seed: 1 });
    expect(Array.from(c.dataset.y)).not.toEqual(Array.from(a.dataset.y));
  });
});
