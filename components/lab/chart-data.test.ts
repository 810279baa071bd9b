import { describe, expect, it } from "vitest";
import type { EpochRecord, SessionData } from "@/lib/regression";
import { lossColumns, paddedRange, scatterColumns } from "./chart-data";

const rec = (epoch: number, mse: number, testMse: number | null = null): EpochRecord => ({ epoch, loss: mse, mse, testMse });

describe("lossColumns", () => {
  it("spans the planned epochs with the OLS line across, and drops what a log scale cannot show", () => {
    const { columns, kinds } = lossColumns([{ history: [rec(0, 0.9), rec(1, 0)] }], 0.2, { lastEpoch: 3, log: true });
    expect(kinds).toEqual(["train", "ols"]);
    expect(columns).toEqual([
      [0, 1, 2, 3],
      [0.9, null, null, null],
      [0.2, 0.2, 0.2, 0.2],
    ]);
    expect(lossColumns([{ history: [rec(0, 0.9), rec(1, 0)] }], 0.2).columns[1]).toEqual([0.9, 0]);
  });

  it("aligns runs by epoch, adds the OLS line and leaves gaps", () => {
    const { columns, kinds } = lossColumns(
      [{ history: [rec(0, 1, 2), rec(1, 0.5, 1), rec(2, 0.3, 0.4)] }, { history: [rec(0, 1), rec(1, 0.9)] }],
      0.2,
    );
    expect(kinds).toEqual(["train", "test", "ols", "comparison"]);
    expect(columns).toEqual([
      [0, 1, 2],
      [1, 0.5, 0.3],
      [2, 1, 0.4],
      [0.2, 0.2, 0.2],
      [1, 0.9, null],
    ]);
  });

  it("omits test and OLS when absent and never passes NaN", () => {
    const { columns, kinds } = lossColumns([{ history: [rec(0, Number.NaN), rec(1, 0.5)] }], null);
    expect(kinds).toEqual(["train"]);
    expect(columns).toEqual([
      [0, 1],
      [null, 0.5],
    ]);
  });
});

describe("scatterColumns", () => {
  const data: SessionData = {
    x: Float64Array.from([0, 1, 2]),
    y: Float64Array.from([0, 2, 4]),
    isTest: Uint8Array.from([0, 1, 0]),
    nTrain: 2,
    nTest: 1,
  };

  it("splits train and test points and adds fits and the OLS line", () => {
    const { columns, kinds, runIndex } = scatterColumns(data, [Float64Array.from([0.1, 2, 3.9]), Float64Array.from([1, 2, Infinity])], { w: 2, b: 0 });
    expect(kinds).toEqual(["train", "test", "ols", "comparison", "fit"]);
    expect(runIndex).toEqual([null, null, null, 1, 0]);
    expect(columns).toEqual([
      [0, 1, 2],
      [0, null, 4],
      [null, 2, null],
      [0, 2, 4],
      [1, 2, null],
      [0.1, 2, 3.9],
    ]);
  });
});

describe("paddedRange", () => {
  it("pads the finite range", () => {
    expect(paddedRange([0, 10, Number.NaN])).toEqual([-1, 11]);
    expect(paddedRange([])).toEqual([0, 1]);
    expect(paddedRange([3, 3])).toEqual([2.7, 3.3]);
  });
});
