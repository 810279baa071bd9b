import "server-only";
import { cachedCatalogRead } from "./cached";
import type { ExploreEngine } from "@/lib/catalog/explore/engine";

type Method = "vocabulary" | "explore" | "items" | "overview" | "fusionMap" | "exportAll" | "suggest";
const METHODS: Method[] = ["vocabulary", "explore", "items", "overview", "fusionMap", "exportAll", "suggest"];

/**
 * Where a cache miss is filled when there are read replicas: `route(version, run)` runs `run` with the engine of a
 * healthy replica that has reached `version` (the catalog version being cached), or of the primary
 * (lib/db/client.ts `routedRead`). So a lagging replica never fills the cache with pre-edit results labelled as
 * current, and a failed replica's misses go elsewhere.
 */
export type EngineRoute = <T>(version: number, run: (engine: ExploreEngine) => Promise<T>) => Promise<T>;

/**
 * The explorer engine with its reads cached per argument list until the catalog version moves: the explorer page,
 * the API and the feed ask the same questions again and again (a response cache keyed on the normalized query, as
 * DESIGN.md allows). Errors (unknown slugs) are never cached.
 */
export function cachedEngine(engine: ExploreEngine, route?: EngineRoute): ExploreEngine {
  const wrapped = { ...engine };
  for (const name of METHODS) {
    const call = (target: ExploreEngine, args: unknown[]) => (target[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    (wrapped as Record<Method, unknown>)[name] = (...args: unknown[]) =>
      cachedCatalogRead(`explore.${name}:${JSON.stringify(args)}`, (version) => (route ? route(version, (target) => call(target, args)) : call(engine, args)));
  }
  return wrapped;
}
