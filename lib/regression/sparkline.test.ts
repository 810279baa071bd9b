import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline";

const parse = (points: string) => points.split(" ").map((p) => p.split(",").map(Number) as [number, number]);

describe("sparkline", () => {
  it("spans the box and puts a falling loss from top to bottom", () => {
    const s = sparkline([1, 0.5, 0.25], { width: 100, height: 20, log: false });
    const pts = parse(s.points);
    expect(pts.map((p) => p[0])).toEqual([0, 50, 100]);
    expect(pts[0]?.[1]).toBeLessThan(pts[2]?.[1] ?? 0);
    for (const [, y] of pts) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(20);
    }
    expect(s.referenceY).toBeNull();
  });

  it("draws the reference inside the box on both scales", () => {
    for (const log of [false, true]) {
      const s = sparkline([1, 1e3, 1e6], { width: 80, height: 24, log, reference: 0.2 });
      expect(s.referenceY).not.toBeNull();
      expect(s.referenceY as number).toBeGreaterThanOrEqual(0);
      expect(s.referenceY as number).toBeLessThanOrEqual(24);
    }
  });

  it("skips gaps, non-finite values and (on a log scale) zero", () => {
    const s = sparkline([null, 2, Number.NaN, 0, 1], { width: 40, height: 10, log: true });
    expect(parse(s.points).map((p) => p[0])).toEqual([10, 40]);
    expect(sparkline([], { width: 40, height: 10, log: false })).toEqual({ points: "", referenceY: null });
  });

  it("draws at most maxPoints points for a long history", () => {
    const values = Array.from({ length: 10_001 }, (_, i) => 1 / (i + 1));
    const s = sparkline(values, { width: 96, height: 24, log: true, maxPoints: 50 });
    expect(parse(s.points)).toHaveLength(50);
  });
});
