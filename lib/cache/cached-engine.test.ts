// The explorer's cache with a read replica: a miss is filled from the replica only once the replica has reached the
// catalog version being cached; a lagging replica sends the read to the primary instead.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExploreEngine } from "@/lib/catalog/explore/engine";

vi.mock("server-only", () => ({}));
const clock = vi.hoisted(() => ({ version: 1 }));
vi.mock("./version", () => ({ catalogVersion: async () => clock.version }));

const { cachedEngine } = await import("./cached-engine");

/** The route lib/catalog/explore/index.ts builds, with one replica at `replicaVersion()`. */
function routeTo(replica: ExploreEngine, primary: ExploreEngine, replicaVersion: () => Promise<number>) {
  return async <T>(version: number, run: (engine: ExploreEngine) => Promise<T>) => run((await replicaVersion()) >= version ? replica : primary);
}

function fakeEngine(label: string, calls: string[]): ExploreEngine {
  const answer = (name: string) => async () => {
    calls.push(`${label}.${name}`);
    return `${label}:${name}`;
  };
  return { vocabulary: answer("vocabulary"), explore: answer("explore"), items: answer("items"), overview: answer("overview"), fusionMap: answer("fusionMap"), exportAll: answer("exportAll") } as unknown as ExploreEngine;
}

describe("cachedEngine with a read replica", () => {
  let calls: string[];
  beforeEach(() => {
    calls = [];
  });

  it("reads from the replica when it has caught up, and caches until the version moves", async () => {
    clock.version = 10;
    const engine = cachedEngine(fakeEngine("primary", calls), routeTo(fakeEngine("replica", calls), fakeEngine("primary", calls), async () => 10));
    expect(await engine.fusionMap("en")).toBe("replica:fusionMap");
    expect(await engine.fusionMap("en")).toBe("replica:fusionMap");
    expect(calls).toEqual(["replica.fusionMap"]);
  });

  it("reads from the primary while the replica lags behind the version being cached", async () => {
    clock.version = 20;
    let replicaAt = 19;
    const engine = cachedEngine(fakeEngine("primary", calls), routeTo(fakeEngine("replica", calls), fakeEngine("primary", calls), async () => replicaAt));
    expect(await engine.overview("zh")).toBe("primary:overview");
    replicaAt = 21;
    clock.version = 21;
    expect(await engine.overview("zh")).toBe("replica:overview");
    expect(calls).toEqual(["primary.overview", "replica.overview"]);
  });
});
