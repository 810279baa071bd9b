/**
 * A bounded in-process cache for catalog reads, one generation per catalog version: when the version moves, the whole
 * generation is dropped (never served again), so a read is never older than the version check (≤ 1 s, see
 * version.ts). Loads in flight are shared, failures are not cached, and least-recently-used keys go first when the
 * generation is full. Pure (no Prisma, no Next.js) so that it can be tested on its own.
 */
export interface ReadCache {
  read<T>(version: number, key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly size: number;
}

export function createReadCache(options: { maxEntries: number; enabled?: boolean }): ReadCache {
  let generation = { version: Number.NaN, entries: new Map<string, Promise<unknown>>() };
  return {
    read<T>(version: number, key: string, load: () => Promise<T>): Promise<T> {
      if (options.enabled === false) return load();
      if (generation.version !== version) generation = { version, entries: new Map() };
      const entries = generation.entries;
      const hit = entries.get(key);
      if (hit) {
        // Refresh its place in the LRU order.
        entries.delete(key);
        entries.set(key, hit);
        return hit as Promise<T>;
      }
      const pending = load();
      entries.set(key, pending);
      pending.catch(() => {
        if (entries.get(key) === pending) entries.delete(key);
      });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return pending;
    },
    clear() {
      generation = { version: Number.NaN, entries: new Map() };
    },
    get size() {
      return generation.entries.size;
    },
  };
}
