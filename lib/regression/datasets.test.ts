import { describe, it, expect } from "vitest";
import { defaultNoise, generateDataset, OUTLIER_MAGNITUDE, type DatasetConfig } from "./datasets";
import { mean, populationStd } from "./normalize";

const article: DatasetConfig = { kind: "article", n: 100, noise: 1, seed: 42 };

describe("generateDataset", () => {
  it("article: n = 100, x ~ U(0,1), y − 2x ~ U(0,1)", () => {
    const { x, y } = generateDataset(article);
    expect(x.length).toBe(100);
    expect(y.length).toBe(100);
    for (let i = 0; i < 100; i++) {
      expect(x[i]).toBeGreaterThanOrEqual(0);
      expect(x[i]).toBeLessThan(1);
      const e = y[i] - 2 * x[i];
      expect(e).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThan(1);
    }
  });

  it("is identical for the same seed and different for another", () => {
    const a = generateDataset(article);
    const b = generateDataset(article);
    const c = generateDataset({ ...article, seed: 43 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });

  it("gaussian: residual y − (2x + 0.5) has mean ≈ 0 and std ≈ σ", () => {
    const { x, y } = generateDataset({ kind: "gaussian", n: 10_000, noise: 0.7, seed: 1 });
    const r = y.map((v, i) => v - (2 * x[i] + 0.5));
    expect(mean(r)).toBeCloseTo(0, 1);
    expect(populationStd(r)).toBeCloseTo(0.7, 1);
  });

  it("outliers: exactly round(f·n) points differ from the article data, each by 5..10", () => {
    const clean = generateDataset({ ...article, n: 200 });
    const dirty = generateDataset({ ...article, n: 200, kind: "outliers", outlierFraction: 0.1 });
    expect(Array.from(dirty.x)).toEqual(Array.from(clean.x));
    let changed = 0;
    for (let i = 0; i < 200; i++) {
      const d = Math.abs(dirty.y[i] - clean.y[i]);
      if (d > 0) {
        changed++;
        expect(d).toBeGreaterThanOrEqual(OUTLIER_MAGNITUDE / 2);
        expect(d).toBeLessThanOrEqual(OUTLIER_MAGNITUDE);
      }
    }
    expect(changed).toBe(20);
  });

  it("sine: y ≈ sin(2πx) with N(0, σ) noise", () => {
    const { x, y } = generateDataset({ kind: "sine", n: 5000, noise: 0.1, seed: 3 });
    const r = y.map((v, i) => v - Math.sin(2 * Math.PI * x[i]));
    expect(populationStd(r)).toBeCloseTo(0.1, 2);
  });

  it("quadratic: x in [−1, 1), y ≈ x² (noise 0 is exact)", () => {
    const { x, y } = generateDataset({ kind: "quadratic", n: 500, noise: 0, seed: 4 });
    for (let i = 0; i < x.length; i++) {
      expect(x[i]).toBeGreaterThanOrEqual(-1);
      expect(x[i]).toBeLessThan(1);
      expect(y[i]).toBe(x[i] * x[i]);
    }
  });

  it("clamps n to 2..10000 and ignores a non-finite noise", () => {
    expect(generateDataset({ ...article, n: 1 }).x.length).toBe(2);
    expect(generateDataset({ ...article, n: 50_000 }).x.length).toBe(10_000);
    const d = generateDataset({ kind: "sine", n: 10, noise: Number.NaN, seed: 1 });
    expect(Array.from(d.y).every(Number.isFinite)).toBe(true);
  });

  it("has a default noise per kind", () => {
    expect(defaultNoise("article")).toBe(1);
    expect(defaultNoise("sine")).toBeGreaterThan(0);
  });
});
