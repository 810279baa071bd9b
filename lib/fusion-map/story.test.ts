import { describe, expect, it } from "vitest";
import { heatLegend, heatStep, rankRows, strongestFinding, type Cell } from "./story";

const rows = ["a", "b", "c", "d"];
const columns = ["x", "y", "z"];
const cells: Cell[] = [
  { row: "a", column: "x", count: 5 },
  { row: "b", column: "x", count: 1 },
  { row: "b", column: "y", count: 1 },
  { row: "c", column: "x", count: 2 },
  { row: "c", column: "y", count: 1 },
  { row: "c", column: "z", count: 0 },
];

describe("rankRows", () => {
  it("orders by domains bridged, then total, then catalog order, and drops empty rows", () => {
    expect(rankRows(rows, cells).map((r) => [r.slug, r.spread, r.total])).toEqual([
      ["c", 2, 3],
      ["b", 2, 2],
      ["a", 1, 5],
    ]);
  });

  it("keeps catalog order on a full tie", () => {
    const tie: Cell[] = [
      { row: "b", column: "x", count: 1 },
      { row: "a", column: "y", count: 1 },
    ];
    expect(rankRows(rows, tie).map((r) => r.slug)).toEqual(["a", "b"]);
  });
});

describe("strongestFinding", () => {
  it("names the widest row and the column with the most rows", () => {
    expect(strongestFinding(rows, columns, cells)).toEqual({
      widest: { slugs: ["c"], spread: 2, total: 3 },
      richest: { slugs: ["x"], rows: 3 },
      columns: 3,
    });
  });

  it("reports ties and an empty map", () => {
    const tie: Cell[] = [
      { row: "a", column: "x", count: 1 },
      { row: "b", column: "y", count: 1 },
    ];
    expect(strongestFinding(rows, columns, tie)).toEqual({ widest: { slugs: ["a", "b"], spread: 1, total: 1 }, richest: { slugs: ["x", "y"], rows: 1 }, columns: 3 });
    expect(strongestFinding(rows, columns, [])).toEqual({ widest: null, richest: null, columns: 3 });
  });
});

describe("heatStep", () => {
  it("gives 0 to empty cells and a distinct step to each count up to the step count", () => {
    expect([0, 1, 2, 3, 4].map((n) => heatStep(n, 4))).toEqual([0, 1, 2, 3, 4]);
    expect([1, 2].map((n) => heatStep(n, 2))).toEqual([1, 2]);
  });

  it("spreads larger counts over the steps, the largest on the top step", () => {
    expect([1, 2, 3, 5, 6, 8].map((n) => heatStep(n, 8))).toEqual([1, 1, 2, 3, 3, 4]);
    expect(heatStep(100, 100)).toBe(4);
  });

  it("describes each step's range for the legend", () => {
    expect(heatLegend(3)).toEqual([
      { step: 1, from: 1, to: 1 },
      { step: 2, from: 2, to: 2 },
      { step: 3, from: 3, to: 3 },
    ]);
    expect(heatLegend(8)).toEqual([
      { step: 1, from: 1, to: 2 },
      { step: 2, from: 3, to: 4 },
      { step: 3, from: 5, to: 6 },
      { step: 4, from: 7, to: 8 },
    ]);
    expect(heatLegend(0)).toEqual([]);
  });
});
