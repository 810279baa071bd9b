// The storage behind page-cache-handler.mjs, kept apart so that it can be unit-tested without Next.js.
//
// Versioning: on a miss, the store remembers the catalog version current at that moment (the lowest one seen for the
// key until its render is stored). The render then reads data at that version or a later one, and is stored under
// the remembered version, never a later one: if the catalog moved during the render, the next read misses and
// renders again, rather than serving pre-edit content as current.

/** Rough size of a cached value: its HTML, RSC payload and segment payloads, or its JSON. */
export function sizeOf(value) {
  if (!value || typeof value !== "object") return 0;
  let bytes = 0;
  const add = (v) => {
    if (typeof v === "string") bytes += v.length * 2;
    else if (v && typeof v.byteLength === "number") bytes += v.byteLength;
  };
  add(value.html);
  add(value.rscData);
  add(value.body);
  if (value.segmentData instanceof Map) for (const v of value.segmentData.values()) add(v);
  if (value.data && typeof value.data === "object" && typeof value.data.body === "string") add(value.data.body);
  return bytes + 1024;
}

export function createPageCacheStore({ maxEntries, maxBytes, now = () => Date.now() }) {
  /** key → { version, value, cacheControl, lastModified, size } in least-recently-used order. */
  let entries = new Map();
  /** key → the lowest catalog version current at a miss since the key was last stored. */
  let pending = new Map();
  let bytes = 0;

  function drop(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  return {
    get(key, version) {
      const entry = entries.get(key);
      if (entry && entry.version === version) {
        entries.delete(key);
        entries.set(key, entry);
        return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
      }
      if (entry) drop(key);
      const seen = pending.get(key);
      pending.set(key, seen === undefined ? version : Math.min(seen, version));
      // Keys missed but never stored (errors, bots) must not pile up either.
      if (pending.size > maxEntries * 4) pending.delete(pending.keys().next().value);
      return null;
    },

    set(key, value, cacheControl) {
      const version = pending.get(key);
      pending.delete(key);
      drop(key);
      // Not rendered after a miss of ours (e.g. before the app knew the catalog version): do not guess its version.
      if (version === undefined || value === null || value === undefined) return;
      const size = sizeOf(value);
      if (size > maxBytes) return;
      entries.set(key, { version, value, cacheControl, lastModified: now(), size });
      bytes += size;
      while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value);
    },

    clear() {
      entries = new Map();
      pending = new Map();
      bytes = 0;
    },

    stats() {
      return { entries: entries.size, bytes, pending: pending.size };
    },
  };
}
