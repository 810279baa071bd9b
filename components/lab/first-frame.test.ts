import { describe, expect, it } from "vitest";
import { createSession, PRESETS, presetConfig } from "@/lib/regression";
import { firstFrame, niceTicks } from "./first-frame";

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten and stays inside the range", () => {
    expect(niceTicks(0, 100)).toEqual([0, 50, 100]);
    expect(niceTicks(0, 100, 6)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-0.3, 3.2)).toEqual([0, 1, 2, 3]);
    const t = niceTicks(0.012, 0.97);
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.length).toBeLessThanOrEqual(5);
    for (const v of t) {
      expect(v).toBeGreaterThanOrEqual(0.012);
      expect(v).toBeLessThanOrEqual(0.97);
    }
  });
  it("survives an empty or inverted range", () => {
    expect(niceTicks(1, 1)).toEqual([1]);
    expect(niceTicks(2, 1)).toEqual([2]);
  });
});

describe("firstFrame", () => {
  it("is the worker's starting session: the same data, OLS line and starting loss", () => {
    const config = presetConfig("article");
    const frame = firstFrame(config, 200);
    const session = createSession({ config });
    const [run] = session.snapshot();
    expect(frame.nTrain).toBe(session.data.nTrain);
    expect(frame.nTest).toBe(session.data.nTest);
    expect(frame.epochs).toBe(config.epochs);
    expect(frame.startMse).toBe(run?.report.mseNormalized);
    expect(frame.ols?.w).toBe(run?.report.ols?.original.w);
    // The article's task: y = 2x + U(0,1), so the line is close to y = 2x + 0.5.
    expect(Math.abs((frame.ols?.w ?? 0) - 2)).toBeLessThan(0.3);
    expect(frame.olsMse).toBe(run?.report.ols?.normalized.mse);
  });

  it("draws one dot per point and lines inside the chart", () => {
    const frame = firstFrame(presetConfig("article"), 260);
    const dots = (d: string) => (d.match(/h0/g) ?? []).length;
    expect(dots(frame.scatter.trainDots)).toBe(frame.nTrain);
    expect(dots(frame.scatter.testDots)).toBe(frame.nTest);
    expect(frame.scatter.height).toBe(260);
    expect(frame.scatter.olsPath).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    const numbers = frame.scatter.fitPath.match(/[\d.]+/g)?.map(Number) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(600);
    }
    expect(frame.loss.start).not.toBeNull();
    expect(frame.loss.olsY).not.toBeNull();
    // The optimum lies below the untrained start on the loss chart (a larger y in SVG units).
    expect(frame.loss.olsY as number).toBeGreaterThan(frame.loss.start?.y as number);
  });

  it("works for curved data with a hidden layer (the activation pages' start)", () => {
    const config = { ...PRESETS.nonlinear.config, preset: null, activation: "relu" as const };
    const frame = firstFrame(config, 200);
    expect(frame.scatter.fitPath.startsWith("M")).toBe(true);
    expect(frame.nTrain + frame.nTest).toBe(config.n);
  });
});
