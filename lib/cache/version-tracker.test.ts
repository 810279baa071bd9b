import { describe, expect, it } from "vitest";
import { createVersionTracker } from "./version-tracker";

function setup() {
  let clock = 10_000;
  let next: number | Error = 1;
  let reads = 0;
  const tracker = createVersionTracker({
    read: async () => {
      reads += 1;
      if (next instanceof Error) throw next;
      return next;
    },
    maxAgeMs: 1_000,
    staleLimitMs: 300_000,
    now: () => clock,
    describe: (e) => (e as Error).message,
  });
  return {
    tracker,
    set: (v: number | Error) => (next = v),
    tick: (ms: number) => (clock += ms),
    reads: () => reads,
  };
}

describe("catalog version tracker", () => {
  it("reads at most once per second, and again at once after forget()", async () => {
    const t = setup();
    expect(await t.tracker.current()).toBe(1);
    t.set(2);
    t.tick(999);
    expect(await t.tracker.current()).toBe(1);
    expect(t.reads()).toBe(1);
    t.tracker.forget();
    expect(await t.tracker.current()).toBe(2);
    t.set(3);
    t.tick(1_000);
    expect(await t.tracker.current()).toBe(3);
    expect(t.reads()).toBe(3);
  });

  it("fresh() answers only what current() would answer at once from a successful read, and starts no read", async () => {
    const t = setup();
    expect(t.tracker.fresh()).toBeNull();
    expect(t.reads()).toBe(0);
    expect(await t.tracker.current()).toBe(1);
    expect(t.tracker.fresh()).toBe(1);
    t.tick(999);
    expect(t.tracker.fresh()).toBe(1);
    t.tick(1);
    expect(t.tracker.fresh()).toBeNull(); // a second old: current() reads again
    expect(await t.tracker.current()).toBe(1);
    expect(t.tracker.fresh()).toBe(1);
    t.tracker.forget(); // this instance saved: the next request must read the new version
    expect(t.tracker.fresh()).toBeNull();
    expect(await t.tracker.current()).toBe(1);
    t.set(new Error("ECONNREFUSED"));
    t.tick(1_000);
    expect(await t.tracker.current()).toBe(1); // stale: answered, but not fresh
    expect(t.tracker.fresh()).toBeNull();
    expect(t.reads()).toBe(4);
  });

  it("shares one read between concurrent callers", async () => {
    const t = setup();
    expect(await Promise.all([t.tracker.current(), t.tracker.current(), t.tracker.current()])).toEqual([1, 1, 1]);
    expect(t.reads()).toBe(1);
  });

  it("answers the last known version while the database is away, asking again once a second, for at most 5 minutes", async () => {
    const t = setup();
    expect(await t.tracker.current()).toBe(1);
    t.set(new Error("ECONNREFUSED"));
    t.tick(1_000);
    expect(await t.tracker.current()).toBe(1);
    expect(t.tracker.status()).toMatchObject({ version: 1, stale: true, error: "ECONNREFUSED", okAt: 10_000 });
    const readsAfterFailure = t.reads();
    t.tick(500);
    expect(await t.tracker.current()).toBe(1);
    expect(t.reads()).toBe(readsAfterFailure);
    t.tick(500);
    expect(await t.tracker.current()).toBe(1);
    expect(t.reads()).toBe(readsAfterFailure + 1);
    // Past the limit (measured from the last successful read): the failure shows.
    t.tick(298_000);
    expect(await t.tracker.current()).toBe(1);
    t.tick(1_001);
    await expect(t.tracker.current()).rejects.toThrow(/ECONNREFUSED/);
    // Back: fresh again, not stale.
    t.set(7);
    expect(await t.tracker.current()).toBe(7);
    expect(t.tracker.status()).toMatchObject({ version: 7, stale: false, error: null });
  });

  it("fails when nothing was ever read", async () => {
    const t = setup();
    t.set(new Error("ECONNREFUSED"));
    await expect(t.tracker.current()).rejects.toThrow(/ECONNREFUSED/);
    expect(t.tracker.status()).toMatchObject({ version: null, stale: false });
  });

  it("throws other errors without going stale", async () => {
    let fail: Error | null = null;
    const tracker = createVersionTracker({
      read: async () => {
        if (fail) throw fail;
        return 3;
      },
      maxAgeMs: 0,
      isOutage: (e) => /ECONNREFUSED/.test((e as Error).message),
    });
    expect(await tracker.current()).toBe(3);
    fail = new Error("no such table: CatalogState");
    await expect(tracker.current()).rejects.toThrow(/no such table/);
    expect(tracker.status()).toMatchObject({ stale: false, error: null });
    fail = new Error("ECONNREFUSED");
    expect(await tracker.current()).toBe(3);
    expect(tracker.status()).toMatchObject({ stale: true, error: "Error: ECONNREFUSED" });
  });
});
