import { describe, expect, it } from "vitest";
import { evenlySpacedIndices, formatNumber, formatSignedPercent, MISSING } from "./format";

describe("formatNumber", () => {
  it("never prints NaN or Infinity", () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, undefined]) {
      expect(formatNumber(v)).toBe(MISSING);
    }
  });

  it("uses significant digits without grouping", () => {
    expect(formatNumber(0.19721201)).toBe("0.1972");
    expect(formatNumber(2.052461)).toBe("2.052");
    expect(formatNumber(12345.678)).toBe("12350");
    expect(formatNumber(12345.678, { digits: 6 })).toBe("12345.7");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(0)).toBe("0");
  });

  it("switches to scientific notation for extreme magnitudes", () => {
    expect(formatNumber(4.42e6)).toBe("4420000");
    expect(formatNumber(4.42e12)).toBe("4.42E12");
    expect(formatNumber(1.5e-7)).toBe("1.5E-7");
  });

  it("formats the same in zh", () => {
    expect(formatNumber(0.19721201, { locale: "zh" })).toBe("0.1972");
  });
});

describe("formatSignedPercent", () => {
  it("signs the percentage", () => {
    expect(formatSignedPercent(0.0016625)).toBe("+0.17%");
    expect(formatSignedPercent(-0.95478)).toBe("−95%");
    expect(formatSignedPercent(0)).toBe("0%");
    expect(formatSignedPercent(Number.NaN)).toBe(MISSING);
  });
});

describe("evenlySpacedIndices", () => {
  it("returns all indices when few", () => {
    expect(evenlySpacedIndices(3, 10)).toEqual([0, 1, 2]);
    expect(evenlySpacedIndices(0, 10)).toEqual([]);
  });

  it("spreads and keeps the ends", () => {
    const idx = evenlySpacedIndices(1000, 5);
    expect(idx).toEqual([0, 250, 500, 749, 999]);
  });
});
