import { describe, it, expect } from "vitest";
import { fitOls, fitOlsBothUnits } from "./ols";
import { generateDataset } from "./datasets";

describe("OLS", () => {
  it("recovers y = 3x + 1 exactly", () => {
    const x = [0, 1, 2, 3, 4.5, -2];
    const y = x.map((v) => 3 * v + 1);
    const r = fitOls(x, y);
    if (!r.ok) throw new Error(r.reason);
    expect(r.fit.w).toBeCloseTo(3, 12);
    expect(r.fit.b).toBeCloseTo(1, 12);
    expect(r.fit.mse).toBeCloseTo(0, 20);
    expect(r.fit.r2).toBeCloseTo(1, 12);
  });

  it("matches the textbook solution on a small noisy set", () => {
    // x = 1..5, y = [2, 4, 5, 4, 5]: w = 0.6, b = 2.2, SS_res = 2.4, SS_tot = 6
    const r = fitOls([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.fit.w).toBeCloseTo(0.6, 12);
    expect(r.fit.b).toBeCloseTo(2.2, 12);
    expect(r.fit.mse).toBeCloseTo(2.4 / 5, 12);
    expect(r.fit.r2).toBeCloseTo(0.6, 12);
  });

  it("normalised units: w = r, b = 0, mse = 1 − R² (≈ 0.2 for the article data)", () => {
    const { x, y } = generateDataset({ kind: "article", n: 100, noise: 1, seed: 42 });
    const both = fitOlsBothUnits(x, y);
    if (!both) throw new Error("no fit");
    expect(both.normalized.b).toBeCloseTo(0, 12);
    expect(both.normalized.w ** 2).toBeCloseTo(both.original.r2, 12);
    expect(both.normalized.mse).toBeCloseTo(1 - both.original.r2, 12);
    expect(both.normalized.r2).toBeCloseTo(both.original.r2, 12);
    expect(both.normalized.mse).toBeGreaterThan(0.15);
    expect(both.normalized.mse).toBeLessThan(0.25);
    expect(both.original.w).toBeCloseTo(2, 0);
  });

  it("rejects zero-variance x and too few points", () => {
    expect(fitOls([2, 2, 2], [1, 2, 3])).toEqual({ ok: false, reason: "zero-variance-x" });
    expect(fitOls([1], [1])).toEqual({ ok: false, reason: "too-few-points" });
    expect(fitOlsBothUnits([2, 2], [1, 2])).toBeNull();
  });
});
