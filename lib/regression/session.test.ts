import { describe, expect, it } from "vitest";
import { PRESETS } from "./presets";
import { createRun, DEFAULT_RUN_CONFIG } from "./run-config";
import { createSession } from "./session";
import { expectAllFinite } from "./test-helpers";

describe("createSession", () => {
  it("matches a plain trainer run exactly (same seed, same numbers)", () => {
    const s = createSession({ config: PRESETS.article.config });
    while (s.step()) {
      /* train to the end */
    }
    const [primary] = s.snapshot();
    const { trainer } = createRun(PRESETS.article.config);
    trainer.run();
    expect(primary?.epoch).toBe(100);
    expect(primary?.done).toBe(true);
    expect(Array.from(primary?.report.weights.params ?? [])).toEqual(Array.from(trainer.state().params));
    expect(primary?.records).toHaveLength(100);
    expect(primary?.report.relativeGapToOls).toBeLessThan(0.01);
  });

  it("sorts the data by x for plotting and predicts there", () => {
    const s = createSession({ config: { ...DEFAULT_RUN_CONFIG, split: 0.2 } });
    const { x, y, isTest, nTrain, nTest } = s.data;
    expect(x.length).toBe(100);
    expect(y.length).toBe(100);
    for (let i = 1; i < x.length; i++) expect(x[i]).toBeGreaterThanOrEqual(x[i - 1] ?? -Infinity);
    expect(nTest).toBe(20);
    expect(nTrain).toBe(80);
    expect(isTest.reduce((a, b) => a + b, 0)).toBe(20);
    const [p] = s.snapshot();
    expect(p?.fit.length).toBe(100);
    expect(p?.report.testMseNormalized).not.toBeNull();
  });

  it("sends each epoch record once", () => {
    const s = createSession({ config: PRESETS.article.config });
    s.step();
    s.step();
    expect(s.snapshot()[0]?.records.map((r) => r.epoch)).toEqual([1, 2]);
    s.step();
    expect(s.snapshot()[0]?.records.map((r) => r.epoch)).toEqual([3]);
    expect(s.snapshot()[0]?.records).toEqual([]);
  });

  it("steps comparison runs in lockstep on the same data until each is done", () => {
    const [mlp, line] = PRESETS.nonlinear.runs;
    if (!mlp || !line) throw new Error("nonlinear preset needs two runs");
    const s = createSession({ config: { ...mlp.config, epochs: 30 }, comparisons: [{ ...line.config, epochs: 10 }] });
    for (let i = 0; i < 10; i++) s.step();
    let snap = s.snapshot();
    expect(snap.map((r) => [r.epoch, r.done])).toEqual([
      [10, false],
      [10, true],
    ]);
    while (s.step()) {
      /* finish */
    }
    snap = s.snapshot();
    expect(snap.map((r) => r.epoch)).toEqual([30, 10]);
    expect(s.done).toBe(true);
    expect(snap[1]?.fit.length).toBe(s.data.x.length);
  });

  it("runFor respects its budget and stops when done", () => {
    let clock = 0;
    const now = () => (clock += 1);
    const s = createSession({ config: { ...PRESETS.article.config, epochs: 50 } });
    expect(s.runFor(5, now)).toBe(5);
    expect(s.epoch).toBe(5);
    expect(s.runFor(1e9, now)).toBe(45);
    expect(s.runFor(1e9, now)).toBe(0);
  });

  it("times each run's training on its own clock: the epochs only, per run", () => {
    // A clock that advances 1 ms per read: what each run is charged is exactly the reads around its own work.
    let clock = 0;
    const now = () => (clock += 1);
    const single = createSession({ config: { ...PRESETS.article.config, epochs: 10 }, now });
    expect(single.snapshot()[0]?.trainingMs).toBe(0);
    single.step(); // two reads around the one epoch
    expect(single.snapshot()[0]?.trainingMs).toBe(1);
    single.runFor(1e9); // one read before, one after each epoch: 9 epochs
    expect(single.snapshot()[0]?.trainingMs).toBe(10);

    clock = 0;
    const pair = createSession({
      config: { ...PRESETS.article.config, epochs: 3 },
      comparisons: [{ ...PRESETS.article.config, epochs: 1 }],
      now,
    });
    pair.runFor(1e9);
    expect(pair.snapshot().map((r) => r.trainingMs)).toEqual([3, 1]);
    // Real clock: a finished run reports a positive, finite time.
    const real = createSession({ config: PRESETS.article.config });
    real.runFor(1e9);
    const ms = real.snapshot()[0]?.trainingMs ?? Number.NaN;
    expect(Number.isFinite(ms) && ms >= 0).toBe(true);
  });

  it("stops on divergence and keeps every number finite", () => {
    const s = createSession({ config: PRESETS["lr-too-high"].config });
    while (s.step()) {
      /* until it stops */
    }
    const [p] = s.snapshot();
    expect(p?.divergence?.epoch).toBe(1);
    expect(p?.done).toBe(true);
    expectAllFinite(p?.fit);
    expectAllFinite(p?.report.mseNormalized);
  });

  it("uses the user's own data", () => {
    const s = createSession({
      config: DEFAULT_RUN_CONFIG,
      custom: { x: [3, 1, 2, 4], y: [6, 2, 4, 8] },
    });
    expect(Array.from(s.data.x)).toEqual([1, 2, 3, 4]);
    expect(Array.from(s.data.y)).toEqual([2, 4, 6, 8]);
  });

  it("rejects unusable data with a RangeError", () => {
    expect(() => createSession({ config: DEFAULT_RUN_CONFIG, custom: { x: [1], y: [2] } })).toThrow(RangeError);
  });
});
