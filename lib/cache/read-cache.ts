/**
 * A bounded in-process cache for catalog reads, one generation per catalog version: when the version moves, the whole
 * generation is dropped (never served again), so a read is never older than the version check (≤ 1 s, see
 * version.ts). Loads in flight are shared, failures are not cached, and least-recently-used keys go first when the
 * generation is full. Pure (no Prisma, no Next.js) so that it can be tested on its own.
 */
export interface ReadCache {
  read<T>(version: number, key: string, load: () => Promise<T>): Promise<T>;
  /** The value loaded for key under this version, synchronously, when its load has finished (as a hit: refreshed). */
  peek(version: number, key: string): { value: unknown } | undefined;
  clear(): void;
  readonly size: number;
}

export function createReadCache(options: {
  maxEntries: number;
  enabled?: boolean;
  /** With sizeOf: a bound on the loaded values' total size too (the least recently used go first). */
  maxBytes?: number;
  sizeOf?: (value: unknown) => number;
}): ReadCache {
  type Generation = { version: number; entries: Map<string, Promise<unknown>>; values: Map<string, unknown>; sizes: Map<string, number>; bytes: number };
  const fresh = (version: number): Generation => ({ version, entries: new Map(), values: new Map(), sizes: new Map(), bytes: 0 });
  let generation = fresh(Number.NaN);
  const drop = (g: Generation, key: string) => {
    g.entries.delete(key);
    g.values.delete(key);
    const size = g.sizes.get(key);
    if (size !== undefined) {
      g.sizes.delete(key);
      g.bytes -= size;
    }
  };
  const trim = (g: Generation) => {
    while (g.entries.size > options.maxEntries || (options.maxBytes !== undefined && g.bytes > options.maxBytes)) {
      const oldest = g.entries.keys().next().value;
      if (oldest === undefined) break;
      drop(g, oldest);
    }
  };
  return {
    read<T>(version: number, key: string, load: () => Promise<T>): Promise<T> {
      if (options.enabled === false) return load();
      if (generation.version !== version) generation = fresh(version);
      const g = generation;
      const entries = g.entries;
      const hit = entries.get(key);
      if (hit) {
        // Refresh its place in the LRU order.
        entries.delete(key);
        entries.set(key, hit);
        return hit as Promise<T>;
      }
      const pending = load();
      entries.set(key, pending);
      pending.then(
        (value) => {
          if (entries.get(key) !== pending) return;
          g.values.set(key, value);
          if (options.sizeOf === undefined) return;
          const size = options.sizeOf(value);
          g.sizes.set(key, size);
          g.bytes += size;
          trim(g);
        },
        () => {
          if (entries.get(key) === pending) drop(g, key);
        },
      );
      trim(g);
      return pending;
    },
    peek(version: number, key: string): { value: unknown } | undefined {
      const g = generation;
      if (options.enabled === false || g.version !== version || !g.values.has(key)) return undefined;
      const hit = g.entries.get(key);
      if (hit === undefined) return undefined;
      g.entries.delete(key);
      g.entries.set(key, hit);
      return { value: g.values.get(key) };
    },
    clear() {
      generation = fresh(Number.NaN);
    },
    get size() {
      return generation.entries.size;
    },
  };
}
