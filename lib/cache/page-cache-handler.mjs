// The ISR cache of the public pages (next.config.mjs `cacheHandler`): rendered pages kept in this process's memory,
// each tagged with the catalog version it was rendered under, and served only while that version is current. The
// version comes from lib/cache/version.ts (read from the database at most once a second, and forgotten at once
// when this instance saves), so an edit reaches every instance's pages within about a second, without a shared cache
// server: instances stay stateless. Bounded by entries and bytes (least recently used first), so a crawler walking
// random URLs cannot grow it without limit. Plain JavaScript: Next.js imports it at run time, outside the bundles.
import { currentCatalogVersion } from "./catalog-version-global.mjs";
import { createPageCacheStore } from "./page-cache-store.mjs";
import { decoratePageValue } from "../http/security-headers.mjs";

const store = (globalThis.fusionAtlasPageCache ??= createPageCacheStore({
  maxEntries: Number(process.env.PAGE_CACHE_MAX_ENTRIES ?? 500),
  maxBytes: Number(process.env.PAGE_CACHE_MAX_MB ?? 64) * 1024 * 1024,
}));

export default class PageCacheHandler {
  async get(key) {
    if (process.env.PAGE_CACHE === "off") return null;
    const version = await currentCatalogVersion();
    if (version === null) return null;
    return store.get(key, version);
  }

  async set(key, data, ctx) {
    // Every page Next.js keeps passes here once, the first answer included: give it its Content-Security-Policy
    // (the hashes of its own inline scripts) and a short shared Cache-Control (lib/http/security-headers.mjs).
    decoratePageValue(data);
    if (process.env.PAGE_CACHE === "off") return;
    store.set(key, data, ctx?.cacheControl);
  }

  // An edit on this instance calls revalidateTag/revalidatePath after its commit; edits are rare, so drop it all.
  async revalidateTag() {
    store.clear();
  }

  resetRequestCache() {}
}
