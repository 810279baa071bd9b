import { describe, it, expect } from "vitest";
import { mse, r2 } from "./metrics";

describe("metrics", () => {
  it("mse", () => {
    expect(mse([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(mse([0, 0], [1, 3])).toBe(5);
    expect(mse([], [])).toBe(0);
  });

  it("r2", () => {
    expect(r2([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(r2([1, 2, 3], [2, 2, 2])).toBe(0); // predicting the mean
    // SS_res = 2, SS_tot = 2 → 0; SS_res = 0.5 → 0.75
    expect(r2([1, 2, 3], [1.5, 2, 2.5])).toBeCloseTo(0.75, 12);
    expect(r2([1, 2, 3], [3, 2, 1])).toBe(-3);
  });

  it("r2 with constant targets stays finite", () => {
    expect(r2([4, 4], [4, 4])).toBe(1);
    expect(r2([4, 4], [3, 5])).toBe(0);
  });
});
