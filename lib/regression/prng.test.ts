import { describe, it, expect } from "vitest";
import { createRng, deriveSeed, permutation, shuffleInPlace, shuffleWithState, toSeed } from "./prng";

describe("createRng (mulberry32)", () => {
  it("matches reference mulberry32 outputs (pinned so shared URLs keep reproducing)", () => {
    const r = createRng(42);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([2581720956, 1925393290, 3661312704]);
    const r0 = createRng(0);
    expect([r0.nextUint32(), r0.nextUint32(), r0.nextUint32()]).toEqual([1144304738, 1416247, 958946056]);
  });

  it("same seed gives identical uniform and normal sequences; different seeds differ", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const sa = Array.from({ length: 50 }, (_, i) => (i % 2 ? a.uniform() : a.normal()));
    const sb = Array.from({ length: 50 }, (_, i) => (i % 2 ? b.uniform() : b.normal()));
    const sc = Array.from({ length: 50 }, (_, i) => (i % 2 ? c.uniform() : c.normal()));
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it("uniform() is in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12", () => {
    const r = createRng(1);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
      s2 += u * u;
    }
    const m = s / n;
    expect(m).toBeCloseTo(0.5, 2);
    expect(s2 / n - m * m).toBeCloseTo(1 / 12, 2);
  });

  it("normal() has mean ≈ 0, std ≈ 1 and ~95% within ±1.96", () => {
    const r = createRng(2);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    let inside = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      expect(Number.isFinite(z)).toBe(true);
      s += z;
      s2 += z * z;
      if (Math.abs(z) < 1.96) inside++;
    }
    expect(s / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(s2 / n)).toBeCloseTo(1, 1);
    expect(inside / n).toBeGreaterThan(0.945);
    expect(inside / n).toBeLessThan(0.955);
  });

  it("int(n) stays in range and hits every value", () => {
    const r = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const k = r.int(5);
      expect(Number.isInteger(k) && k >= 0 && k < 5).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(5);
  });
});

describe("seeds", () => {
  it("toSeed maps to uint32 and non-finite to 0", () => {
    expect(toSeed(-1)).toBe(0xffffffff);
    expect(toSeed(3.9)).toBe(3);
    expect(toSeed(Number.NaN)).toBe(0);
    expect(toSeed(2 ** 32 + 5)).toBe(5);
  });

  it("deriveSeed gives distinct, deterministic sub-stream seeds", () => {
    const seeds = [1, 2, 3, 4, 5].map((s) => deriveSeed(42, s));
    expect(new Set(seeds).size).toBe(5);
    expect(deriveSeed(42, 1)).toBe(deriveSeed(42, 1));
    expect(deriveSeed(42, 1)).not.toBe(deriveSeed(43, 1));
  });
});

describe("Fisher–Yates", () => {
  it("permutation contains each index once and is seed-deterministic", () => {
    const p = permutation(100, createRng(9));
    expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(Array.from(permutation(100, createRng(9)))).toEqual(Array.from(p));
    expect(Array.from(permutation(100, createRng(10)))).not.toEqual(Array.from(p));
  });

  it("is unbiased: each of the 6 orders of 3 items appears ~1/6 of the time", () => {
    const r = createRng(11);
    const counts = new Map<string, number>();
    const trials = 60_000;
    for (let t = 0; t < trials; t++) {
      const a = [0, 1, 2];
      shuffleInPlace(a, r);
      const k = a.join("");
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(Math.abs(c / trials - 1 / 6)).toBeLessThan(0.01);
  });
});

describe("shuffleWithState (the trainer's closure-free shuffle)", () => {
  it("shuffles exactly as shuffleInPlace with createRng, epoch after epoch, and hands the state on", () => {
    for (const n of [1, 2, 3, 32, 100, 1000]) {
      const rng = createRng(0xdeadbeef);
      const a = new Uint32Array(n).map((_, i) => i);
      const b = a.slice();
      let state = 0xdeadbeef;
      for (let epoch = 0; epoch < 5; epoch++) {
        shuffleInPlace(a, rng);
        state = shuffleWithState(b, state);
        expect(Array.from(b)).toEqual(Array.from(a));
      }
      // The returned state continues the same stream.
      expect(createRng(state).nextUint32()).toBe(rng.nextUint32());
    }
  });

  it("equals shuffleInPlace at the edges of its integer path (2^16 items) and past it", () => {
    for (const n of [65_535, 65_536, 65_537, 70_000]) {
      const a = new Uint32Array(n).map((_, i) => i);
      const b = a.slice();
      shuffleInPlace(a, createRng(77));
      shuffleWithState(b, 77);
      expect(b).toEqual(a);
    }
  });
});

