import { describe, it, expect } from "vitest";
import { buildReport } from "./report";
import { isPresetId, PRESET_IDS, PRESETS } from "./presets";
import { createRun, DEFAULT_RUN_CONFIG, modelSpecOf } from "./run-config";

describe("presets", () => {
  it("article preset is Article §5 exactly", () => {
    expect(PRESETS.article.config).toEqual({
      preset: "article",
      model: "linear",
      units: 8,
      activation: "relu",
      optimizer: "sgd",
      learningRate: 0.01,
      batchSize: 32,
      epochs: 100,
      seed: 42,
      data: "article",
      n: 100,
      noise: 1,
      split: 0,
      outlierFraction: 0.05,
    });
    expect(DEFAULT_RUN_CONFIG).toEqual(PRESETS.article.config);
  });

  it("every preset's config is runs[0] and names its own id", () => {
    for (const id of PRESET_IDS) {
      const p = PRESETS[id];
      expect(p.id).toBe(id);
      expect(p.runs[0]?.config).toBe(p.config);
      for (const run of p.runs) expect(run.config.preset).toBe(id);
    }
    expect(isPresetId("nonlinear")).toBe(true);
    expect(isPresetId("nope")).toBe(false);
  });

  it("text-says is an MLP with one hidden ReLU layer", () => {
    expect(modelSpecOf(PRESETS["text-says"].config)).toEqual({ kind: "mlp", units: 8, activation: "relu" });
  });

  it("text-says also reaches about the linear optimum on linear data", () => {
    const { trainer } = createRun(PRESETS["text-says"].config);
    trainer.run();
    const r = buildReport(trainer.state());
    expect(r.divergence).toBeNull();
    expect(r.mseNormalized).toBeLessThan((r.ols?.normalized.mse ?? 0) * 1.05);
  });

  it("high-noise: the best line explains only about a quarter to a third of the variance", () => {
    const { trainer } = createRun(PRESETS["high-noise"].config);
    trainer.run();
    const r = buildReport(trainer.state());
    expect(r.r2).toBeGreaterThan(0.15);
    expect(r.r2).toBeLessThan(0.45);
  });

  it("high-noise: the lab's summary says a quarter (约四分之一), the population R² of y = 2x + 0.5 + N(0, 1)", async () => {
    const varSignal = 4 / 12; // Var(2x) for x ~ U(0, 1)
    const r2 = varSignal / (varSignal + 1);
    expect(r2).toBeCloseTo(0.25, 10);
    const en = (await import("../../messages/en.lab.json")).default as { lab: { presets: { summary: Record<string, string> } } };
    const zh = (await import("../../messages/zh.lab.json")).default as { lab: { presets: { summary: Record<string, string> } } };
    expect(en.lab.presets.summary["high-noise"]).toContain("a quarter");
    expect(zh.lab.presets.summary["high-noise"]).toContain("约四分之一");
  });

  it("lr-too-high diverges", () => {
    expect(PRESETS["lr-too-high"].config.learningRate).toBeGreaterThanOrEqual(5);
    const { trainer } = createRun(PRESETS["lr-too-high"].config);
    const last = trainer.run();
    expect(last.diverged).toBe(true);
  });

  it("nonlinear compares an MLP with a line on sine data; the MLP wins clearly", () => {
    const runs = PRESETS.nonlinear.runs;
    expect(runs.map((r) => r.config.model)).toEqual(["mlp", "linear"]);
    const mses = runs.map((run) => {
      expect(run.config.data).toBe("sine");
      const { trainer } = createRun(run.config);
      const last = trainer.run();
      if (last.diverged) throw new Error(last.reason);
      return last.mse;
    });
    expect(mses[0]).toBeLessThan(0.05);
    expect(mses[1]).toBeGreaterThan(0.3);
  });
});
