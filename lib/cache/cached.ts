import "server-only";
import { createReadCache, type ReadCache } from "./read-cache";
import { catalogVersion } from "./version";

// One cache per process, shared by every bundle (pages, actions, route handlers) through globalThis. Bounded, so a
// crawler walking every filter combination costs at most MAX_ENTRIES results. CATALOG_CACHE=off turns it off.
const MAX_ENTRIES = 1000;

const cache: ReadCache = ((globalThis as { fusionAtlasCatalogCache?: ReadCache }).fusionAtlasCatalogCache ??= createReadCache({
  maxEntries: MAX_ENTRIES,
  enabled: process.env.CATALOG_CACHE !== "off",
}));

/**
 * A catalog read, cached until the catalog version moves (this instance's own saves at once; other instances' within
 * about a second). The value is shared between requests: callers must not mutate it.
 */
export async function cachedCatalogRead<T>(key: string, load: (version: number) => Promise<T>): Promise<T> {
  const version = await catalogVersion();
  return cache.read(version, key, () => load(version));
}

/** Wraps a catalog function so that each distinct argument list is one cache entry. */
export function cachedByArgs<A extends unknown[], T>(name: string, fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args: A) => cachedCatalogRead(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}
