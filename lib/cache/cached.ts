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

// Answers' serialized text (the API's JSON), kept apart from the reads above and bounded by size as well as by count:
// a page of 100 use cases is far larger than a typical read, so 1,000 of them could take hundreds of MB.
const TEXT_MAX_ENTRIES = 1000;
const TEXT_MAX_BYTES = 32 * 1024 * 1024;

const textCache: ReadCache = ((globalThis as { fusionAtlasCatalogTextCache?: ReadCache }).fusionAtlasCatalogTextCache ??= createReadCache({
  maxEntries: TEXT_MAX_ENTRIES,
  maxBytes: TEXT_MAX_BYTES,
  // UTF-16 in memory.
  sizeOf: (value) => (typeof value === "string" ? value.length * 2 : 0),
  enabled: process.env.CATALOG_CACHE !== "off",
}));

/** A catalog answer's text (e.g. an API response's JSON), cached until the catalog version moves, within a byte bound. */
export async function cachedCatalogText(key: string, load: (version: number) => Promise<string>): Promise<string> {
  const version = await catalogVersion();
  return textCache.read(version, key, () => load(version));
}

/**
 * For the request lane (lib/server/page-store-lane.ts): a cached answer's text under this catalog version when it is
 * already loaded, else undefined (the route handler answers).
 */
export function peekCatalogText(version: number, key: string): string | undefined {
  const found = textCache.peek(version, key);
  return typeof found?.value === "string" ? found.value : undefined;
}
