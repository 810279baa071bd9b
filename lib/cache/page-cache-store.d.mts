export interface PageCacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl: unknown;
}
export interface PageCacheStore {
  get(key: string, version: number): PageCacheEntry | null;
  set(key: string, value: unknown, cacheControl?: unknown): void;
  clear(): void;
  stats(): { entries: number; bytes: number; pending: number };
}
export function sizeOf(value: unknown): number;
export function createPageCacheStore(options: { maxEntries: number; maxBytes: number; now?: () => number }): PageCacheStore;
