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
});
