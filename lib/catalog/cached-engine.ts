import "server-only";
import { cachedCatalogRead } from "./cached";
import type { ExploreEngine } from "./explore/engine";

type Method = "vocabulary" | "explore" | "items" | "overview" | "fusionMap" | "exportAll" | "suggest";
const METHODS: Method[] = ["vocabulary", "explore", "items", "overview", "fusionMap", "exportAll", "suggest"];

/**
 * The explorer engine with its reads cached per argument list until the catalog version moves: the explorer page,
 * the API and the feed ask the same questions again and again (a response cache keyed on the normalized query, as
 * DESIGN.md allows). Errors (unknown slugs) are never cached.
 *
 * With a read replica, a miss is filled from the replica only when the replica has reached the catalog version being
 * cached (it lags the primary a little); otherwise from the primary. So a lagging replica never fills the cache with
 * pre-edit results labelled as current.
 */
export function cachedEngine(engine: ExploreEngine, replica?: { primary: ExploreEngine; replicaVersion: () => Promise<number> }): ExploreEngine {
  const wrapped = { ...engine };
  for (const name of METHODS) {
    const method = engine[name] as (...args: unknown[]) => Promise<unknown>;
    const onPrimary = replica ? (replica.primary[name] as (...args: unknown[]) => Promise<unknown>) : method;
    (wrapped as Record<Method, unknown>)[name] = (...args: unknown[]) =>
      cachedCatalogRead(`explore.${name}:${JSON.stringify(args)}`, async (version) => {
        if (!replica) return method(...args);
        return (await replica.replicaVersion()) >= version ? method(...args) : onPrimary(...args);
      });
  }
  return wrapped;
}
