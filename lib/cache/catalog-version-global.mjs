// The current catalog version for code Next.js loads outside the app's bundles (the page cache handler, the proxy),
// through the function lib/catalog/version.ts registers on globalThis when the app first loads it. Null before that
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
