import { describe, expect, it } from "vitest";
import { createReadCache } from "./read-cache";

describe("createReadCache", () => {
  it("serves a key once per version and shares loads in flight", async () => {
    const cache = createReadCache({ maxEntries: 10 });
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.read(1, "k", load), cache.read(1, "k", load)]);
    expect([a, b]).toEqual([1, 1]);
    expect(await cache.read(1, "k", load)).toBe(1);
    expect(loads).toBe(1);
  });

  it("peek answers a finished load under its version only, refreshes it, and forgets what was dropped", async () => {
    const cache = createReadCache({ maxEntries: 2 });
    let finish: (value: string) => void = () => {};
    const pending = cache.read(1, "a", () => new Promise<string>((resolve) => (finish = resolve)));
    expect(cache.peek(1, "a")).toBeUndefined(); // still loading
    finish("A");
    await pending;
    expect(cache.peek(1, "a")).toEqual({ value: "A" });
    expect(cache.peek(2, "a")).toBeUndefined(); // another version
    await cache.read(1, "b", async () => "B");
    expect(cache.peek(1, "a")).toEqual({ value: "A" }); // now the most recent
    await cache.read(1, "c", async () => "C"); // evicts b, the least recent
    expect(cache.peek(1, "b")).toBeUndefined();
    expect(cache.peek(1, "a")).toEqual({ value: "A" });
    await cache.read(1, "f", () => Promise.reject(new Error("no"))).catch(() => {});
    expect(cache.peek(1, "f")).toBeUndefined();
    await cache.read(2, "a", async () => "A2"); // the version moved: the generation is new
    expect(cache.peek(1, "a")).toBeUndefined();
    expect(cache.peek(2, "a")).toEqual({ value: "A2" });
    const off = createReadCache({ maxEntries: 2, enabled: false });
    await off.read(1, "a", async () => "A");
    expect(off.peek(1, "a")).toBeUndefined();
  });

  it("drops the whole generation when the catalog version moves", async () => {
    const cache = createReadCache({ maxEntries: 10 });
    let loads = 0;
    const load = async () => ++loads;
    await cache.read(1, "a", load);
    await cache.read(1, "b", load);
    expect(await cache.read(2, "a", load)).toBe(3);
    expect(cache.size).toBe(1);
    // A load that started under the old version never lands in the new generation.
    expect(await cache.read(1, "a", load)).toBe(4);
  });

  it("does not keep failures", async () => {
    const cache = createReadCache({ maxEntries: 10 });
    await expect(cache.read(1, "k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    await Promise.resolve();
    expect(await cache.read(1, "k", async () => "ok")).toBe("ok");
  });

  it("evicts the least recently used key when full", async () => {
    const cache = createReadCache({ maxEntries: 2 });
    let loads = 0;
    const load = async () => ++loads;
    await cache.read(1, "a", load); // 1
    await cache.read(1, "b", load); // 2
    await cache.read(1, "a", load); // hit, a is now the newest
    await cache.read(1, "c", load); // 3, evicts b
    expect(cache.size).toBe(2);
    expect(await cache.read(1, "a", load)).toBe(1);
    expect(await cache.read(1, "b", load)).toBe(4);
  });

  it("can be switched off (benchmarks of the query engine)", async () => {
    const cache = createReadCache({ maxEntries: 10, enabled: false });
    let loads = 0;
    const load = async () => ++loads;
    await cache.read(1, "k", load);
    await cache.read(1, "k", load);
    expect(loads).toBe(2);
  });

  it("bounds the loaded values' total size when given sizeOf and maxBytes (review C4)", async () => {
    const cache = createReadCache({ maxEntries: 100, maxBytes: 10, sizeOf: (v) => (v as string).length });
    let loads = 0;
    const load = (text: string) => async () => {
      loads++;
      return text;
    };
    await cache.read(1, "a", load("aaaa"));
    await cache.read(1, "b", load("bbbb"));
    expect(cache.size).toBe(2);
    await cache.read(1, "a", load("aaaa")); // a is now the most recently used
    await cache.read(1, "c", load("cccc")); // 12 bytes > 10: the least recently used (b) goes
    expect(cache.size).toBe(2);
    loads = 0;
    expect(await cache.read(1, "a", load("aaaa"))).toBe("aaaa");
    expect(await cache.read(1, "c", load("cccc"))).toBe("cccc");
    expect(loads).toBe(0);
    expect(await cache.read(1, "b", load("bbbb"))).toBe("bbbb");
    expect(loads).toBe(1);
    // A value larger than the whole bound is answered but not kept.
    expect(await cache.read(1, "big", load("x".repeat(50)))).toBe("x".repeat(50));
    await Promise.resolve();
    expect(cache.size).toBeLessThanOrEqual(2);
    loads = 0;
    await cache.read(1, "big", load("x".repeat(50)));
    expect(loads).toBe(1);
    // A new version starts from nothing, its bytes counted afresh.
    await cache.read(2, "d", load("dddddddd"));
    await cache.read(2, "e", load("ee"));
    expect(cache.size).toBe(2);
  });
});
