// The current catalog version for code Next.js loads outside the app's bundles (the page cache handler, the proxy),
// through the function lib/cache/version.ts registers on globalThis when the app first loads it. Null before that
// (the app has not loaded yet) and when the database cannot be read: callers then render normally rather than serve
// unknown freshness.
export async function currentCatalogVersion() {
  const state = globalThis.fusionAtlasCatalogVersion;
  if (!state || typeof state.current !== "function") return null;
  try {
    return await state.current();
  } catch {
    return null;
  }
}

/**
 * What this instance knows of the catalog version (lib/cache/version-tracker.ts `VersionStatus`): `stale` while
 * the primary cannot be read and the last known version is answered, `error` after a failed read. Null before the
 * app has loaded.
 */
export function catalogVersionStatus() {
  const state = globalThis.fusionAtlasCatalogVersion;
  if (!state || typeof state.status !== "function") return null;
  return state.status();
}

/**
 * The catalog version when this instance knows it now from a successful read under a second old (lib/cache/
 * version-tracker.ts `fresh`), else null: no read is started, so the caller takes the asynchronous way instead.
 */
export function freshCatalogVersion() {
  const state = globalThis.fusionAtlasCatalogVersion;
  if (!state || typeof state.fresh !== "function") return null;
  return state.fresh();
}

/**
 * The catalog version a synchronous reader (the request lane, lib/server/) may answer under: known from a successful
 * read under a second old and the last read did not fail; else null (the asynchronous way reads it).
 */
export function laneVersion() {
  const version = freshCatalogVersion();
  if (version === null || catalogVersionStatus()?.error != null) return null;
  return version;
}
