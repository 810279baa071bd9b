import { describe, expect, it } from "vitest";
import { epochAxisEnd, integerTicks, logRange, prefersLogScale } from "./chart-axes";

describe("integerTicks", () => {
  it("gives whole epochs on a short axis (a run that diverged in epoch 1)", () => {
    expect(integerTicks(0, 1, 8)).toEqual([0, 1]);
    expect(integerTicks(0, 3, 8)).toEqual([0, 1, 2, 3]);
  });

  it("never yields a fraction, whatever the range", () => {
    for (const [min, max, n] of [
      [0, 1, 10],
      [0.2, 7.9, 20],
      [0, 100, 6],
      [0, 10_000, 7],
      [-0.5, 0.5, 3],
    ] as const) {
      const ticks = integerTicks(min, max, n);
      expect(ticks.length).toBeGreaterThan(0);
      for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(Math.max(2, n));
    }
  });

  it("picks a nice step that fits the count", () => {
    expect(integerTicks(0, 100, 6)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(integerTicks(0, 100, 11)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(integerTicks(0, 10_000, 6)).toEqual([0, 2000, 4000, 6000, 8000, 10_000]);
    expect(integerTicks(0, 7, 4)).toEqual([0, 2, 4, 6]);
    expect(integerTicks(0, 7, 2)).toEqual([0, 5]);
  });

  it("returns nothing for a range with no whole number or bad input", () => {
    expect(integerTicks(0.2, 0.8, 5)).toEqual([]);
    expect(integerTicks(Number.NaN, 3, 5)).toEqual([]);
    expect(integerTicks(3, 1, 5)).toEqual([]);
  });
});

describe("epochAxisEnd", () => {
  it("spans the planned epochs, or up to the divergence, and at least one epoch", () => {
    expect(epochAxisEnd(100, null)).toBe(100);
    expect(epochAxisEnd(100, 7)).toBe(7);
    expect(epochAxisEnd(100, 0)).toBe(1);
    expect(epochAxisEnd(0, null)).toBe(1);
  });
});

describe("prefersLogScale", () => {
  it("is off while the loss falls, and for a loss that grows less than tenfold", () => {
    expect(prefersLogScale([1, 0.5, 0.2], false)).toBe(false);
    expect(prefersLogScale([1, 3, 9.9], false)).toBe(false);
    expect(prefersLogScale([], false)).toBe(false);
  });

  it("is on once the loss grows past ten times its start, on overflow, and after divergence", () => {
    expect(prefersLogScale([1, 3, 10.5], false)).toBe(true);
    expect(prefersLogScale([null, 0.2, 2.5], false)).toBe(true);
    expect(prefersLogScale([1, Number.POSITIVE_INFINITY], false)).toBe(true);
    expect(prefersLogScale([1], true)).toBe(true);
  });
});

describe("logRange", () => {
  it("brackets every positive value, the OLS reference included, with powers of ten", () => {
    expect(logRange([0.9, 120, null, 0.21])).toEqual([0.1, 1000]);
    expect(logRange([0.21, 0.21])).toEqual([0.1, 1]);
    const [lo, hi] = logRange([3e9, 1.2, 0.0004]);
    expect(lo).toBeLessThanOrEqual(0.0004);
    expect(hi).toBeGreaterThanOrEqual(3e9);
  });

  it("ignores zero, negative and non-finite values", () => {
    expect(logRange([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 5])).toEqual([1, 10]);
    expect(logRange([0, null])).toEqual([0.1, 10]);
  });
});
