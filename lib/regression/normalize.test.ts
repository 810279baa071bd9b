import { describe, it, expect } from "vitest";
import {
  fitZScore,
  IDENTITY_STATS,
  inverseTransform,
  inverseTransformValue,
  mean,
  populationStd,
  transform,
  transformValue,
} from "./normalize";
import { generateDataset } from "./datasets";

describe("z-score", () => {
  it("uses the population std (numpy ddof=0)", () => {
    // np.std([1, 2, 3, 4]) == 1.118033988749895
    expect(populationStd([1, 2, 3, 4])).toBeCloseTo(1.118033988749895, 14);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    const s = fitZScore([1, 2, 3, 4]);
    expect(s).toMatchObject({ mean: 2.5, zeroVariance: false });
    expect(s.scale).toBe(s.std);
  });

  it("transformed data has mean 0 and std 1", () => {
    const { y } = generateDataset({ kind: "article", n: 100, noise: 1, seed: 5 });
    const z = transform(y, fitZScore(y));
    expect(mean(z)).toBeCloseTo(0, 12);
    expect(populationStd(z)).toBeCloseTo(1, 12);
  });

  it("inverse transform round-trips (v·std + mean)", () => {
    const { x } = generateDataset({ kind: "gaussian", n: 200, noise: 2, seed: 6 });
    const s = fitZScore(x);
    const back = inverseTransform(transform(x, s), s);
    for (let i = 0; i < x.length; i++) expect(back[i]).toBeCloseTo(x[i], 12);
    expect(inverseTransformValue(transformValue(7.25, s), s)).toBeCloseTo(7.25, 12);
    expect(inverseTransformValue(1, { mean: 10, std: 3, scale: 3, zeroVariance: false })).toBe(13);
  });

  it("zero variance: flagged, centred only (scale 1), still invertible", () => {
    const s = fitZScore([5, 5, 5]);
    expect(s).toEqual({ mean: 5, std: 0, scale: 1, zeroVariance: true });
    expect(Array.from(transform([5, 5, 5], s))).toEqual([0, 0, 0]);
    expect(Array.from(inverseTransform([0, 1], s))).toEqual([5, 6]);
    expect(fitZScore([]).zeroVariance).toBe(true);
  });

  it("the article's bug: 'denormalising' with the normalised y's stats changes nothing", () => {
    const { y } = generateDataset({ kind: "article", n: 100, noise: 1, seed: 7 });
    const z = transform(y, fitZScore(y));
    const zStats = fitZScore(z);
    expect(zStats.mean).toBeCloseTo(IDENTITY_STATS.mean, 12);
    expect(zStats.std).toBeCloseTo(IDENTITY_STATS.std, 12);
    const buggy = inverseTransform(z, zStats);
    for (let i = 0; i < z.length; i++) expect(buggy[i]).toBeCloseTo(z[i], 12);
  });
});
