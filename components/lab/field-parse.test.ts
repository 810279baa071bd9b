import { describe, expect, it } from "vitest";
import { parseFieldNumber, stepFieldNumber } from "./field-parse";

describe("parseFieldNumber", () => {
  const lr = { min: 1e-6, max: 100 };
  const units = { min: 1, max: 64, integer: true };

  it("accepts decimals and exponents in range", () => {
    expect(parseFieldNumber("0.01", lr)).toBe(0.01);
    expect(parseFieldNumber(" 1e-3 ", lr)).toBe(0.001);
    expect(parseFieldNumber("5.", lr)).toBe(5);
    expect(parseFieldNumber("64", units)).toBe(64);
  });

  it("rejects partial input, junk, out-of-range and fractions for integers", () => {
    for (const s of ["", "-", ".", "1e", "abc", "0x10", "NaN", "Infinity", "1,5"]) expect(parseFieldNumber(s, lr)).toBeNull();
    expect(parseFieldNumber("0", lr)).toBeNull();
    expect(parseFieldNumber("101", lr)).toBeNull();
    expect(parseFieldNumber("2.5", units)).toBeNull();
    expect(parseFieldNumber("65", units)).toBeNull();
  });
});

describe("stepFieldNumber", () => {
  it("steps and clamps", () => {
    expect(stepFieldNumber(8, 1, { min: 1, max: 64 })).toBe(9);
    expect(stepFieldNumber(64, 1, { min: 1, max: 64 })).toBe(64);
    expect(stepFieldNumber(1, -1, { min: 1, max: 64 })).toBe(1);
  });
});
