import "server-only";
import { createPageCacheStore, type PageCacheStore } from "@/lib/cache/page-cache-store.mjs";
import { catalogVersion } from "@/lib/cache/version";

// Rendered OpenGraph cards, kept per (locale, slug) under the catalog version they were rendered at, like the pages
// (lib/cache/page-cache-store.mjs): a card is ~50 kB of PNG that costs ~100 ms of CPU to draw, and its URL takes any
// query string, so without this every `?x=1`, `?x=2`, … was a fresh render. Bounded by entries and bytes.
// PAGE_CACHE=off turns it off with the other page caches.

interface CachedCard {
  body: Uint8Array<ArrayBuffer>;
}

const store: PageCacheStore = ((globalThis as { fusionAtlasOgCards?: PageCacheStore }).fusionAtlasOgCards ??= createPageCacheStore({
  maxEntries: 200,
  maxBytes: 24 * 1024 * 1024,
}));

/** Edits change the card: shared caches may keep it for an hour, not the year ImageResponse sets by default. */
const CARD_HEADERS = { "content-type": "image/png", "cache-control": "public, max-age=3600, stale-while-revalidate=86400" };

/**
 * The card of one use case in one locale, from the cache when it was drawn under the current catalog version, else
 * drawn by `render` (which may throw notFound()) and kept. `x-fusion-atlas-cache` says which.
 */
export async function cachedCard(locale: string, slug: string, render: () => Promise<Response>): Promise<Response> {
  const enabled = process.env.PAGE_CACHE !== "off";
  const key = `${locale}/${slug}`;
  if (enabled) {
    const version = await catalogVersion();
    const hit = store.get(key, version)?.value as CachedCard | undefined;
    if (hit) return new Response(hit.body, { headers: { ...CARD_HEADERS, "x-fusion-atlas-cache": "HIT" } });
  }
  const rendered = await render();
  const body = new Uint8Array(await rendered.arrayBuffer());
  if (enabled && rendered.status === 200) store.set(key, { body } satisfies CachedCard);
  return new Response(body, { status: rendered.status, headers: { ...CARD_HEADERS, "x-fusion-atlas-cache": "MISS" } });
}
