import { describe, expect, it } from "vitest";
import { articleCheck } from "./article-check";
import { ARTICLE_REPORTED_MSE } from "./report";

describe("articleCheck", () => {
  const c = articleCheck();

  it("(a) the printed MSE is impossible: the optimum is about 0.20 with R² about 0.8", () => {
    expect(c.reportedMse).toBe(ARTICLE_REPORTED_MSE);
    expect(c.olsMse).toBeGreaterThan(0.15);
    expect(c.olsMse).toBeLessThan(0.25);
    expect(c.olsR2).toBeGreaterThan(0.75);
    expect(c.olsR2).toBeLessThan(0.85);
    expect(c.reportedIsImpossible).toBe(true);
    expect(c.optimumOverReported).toBeGreaterThan(10);
    expect(Math.abs(c.code.mse - c.olsMse) / c.olsMse).toBeLessThan(0.01);
    expect(c.code.w).toBeGreaterThan(1.8);
    expect(c.code.w).toBeLessThan(2.2);
  });

  it("(b) buggy predictions stay in normalised units; corrected ones match y", () => {
    expect(c.rows).toHaveLength(5);
    let buggyErr = 0;
    let fixedErr = 0;
    for (const r of c.rows) {
      buggyErr += (r.buggy - r.yTrue) ** 2;
      fixedErr += (r.correct - r.yTrue) ** 2;
    }
    expect(fixedErr).toBeLessThan(buggyErr);
    for (const r of c.rows) expect(Math.abs(r.correct - (2 * r.x + 0.5))).toBeLessThan(0.8);
  });

  it("(c) the hidden-ReLU model the text describes does no better on linear data", () => {
    expect(c.text.units).toBeGreaterThan(0);
    expect(Math.abs(c.text.mse - c.olsMse) / c.olsMse).toBeLessThan(0.05);
  });

  it("depends only on the seed", () => {
    expect(articleCheck(7)).toEqual(articleCheck(7));
    expect(articleCheck(7).olsMse).not.toBe(c.olsMse);
  });
});
