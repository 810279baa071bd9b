// The explorer's page cache. The explorer is the one public page whose query string decides its content, so Next.js
// renders it per request (its ISR cache keys on paths). Its data already comes from the catalog read cache; what a
// visit still costs is the React render of the facets and results (~35 ms of CPU). The proxy answers repeated page
// loads of the same query string from here instead: the page as rendered, kept per catalog version exactly like the
// other public pages (lib/cache/page-cache-store.mjs), so an edit on any instance reaches it within about a second.
//
// On a miss the proxy asks its own server for the page (one loopback request, marked with a per-process secret so
// that it is rendered rather than answered from here; the mark from anyone else means nothing), keeps it when it is a complete 200 HTML page, and answers with it; concurrent misses of
// one key share that render. Anything that goes wrong falls back to Next.js rendering the visitor's request itself.
// In-app navigation (React Server Components requests) is not cached here: see explorer-page-policy.ts.
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { cacheableAnswer, explorerPageKey, RENDER_HEADER, replayableHeaders } from "./explorer-page-policy";
import { loopbackRender } from "./loopback-render";
import { currentCatalogVersion, laneVersion } from "./catalog-version-global.mjs";
import { createPageCacheStore, type PageCacheStore } from "./page-cache-store.mjs";

export interface CachedPage {
  /** Stored once; a Response copies the bytes it is given, so every answer can share this array. */
  body: Uint8Array<ArrayBuffer>;
  headers: Array<[string, string]>;
}

// On globalThis, like the catalog version (catalog-version-global.mjs): one cache per process, whatever loads it.
interface GlobalState {
  fusionAtlasExplorerPages?: { store: PageCacheStore; inflight: Map<string, Promise<CachedPage | null>>; renderSecret: string };
}
const globals = globalThis as GlobalState;
const state = (globals.fusionAtlasExplorerPages ??= {
  store: createPageCacheStore({
    maxEntries: Number(process.env.EXPLORER_CACHE_MAX_ENTRIES ?? 200),
    maxBytes: Number(process.env.EXPLORER_CACHE_MAX_MB ?? 32) * 1024 * 1024,
  }),
  inflight: new Map(),
  renderSecret: randomBytes(24).toString("base64url"),
});

async function render(path: string, request: NextRequest): Promise<CachedPage | null> {
  try {
    const res = await loopbackRender(path, RENDER_HEADER, state.renderSecret, request);
    if (!cacheableAnswer(res.status, res.headers.get("content-type"))) return null;
    return { body: res.body ?? new Uint8Array(0), headers: replayableHeaders(res.headers.entries()) };
  } catch {
    return null;
  }
}

/**
 * The cached page for this request, or null when Next.js should render it (not a plain explorer page load, cache
 * off, version unknown, or the render failed). `base` is next-intl's answer for the request, whose cookie and Link
 * headers the cached page carries.
 */
export async function cachedExplorerPage(request: NextRequest, base: NextResponse): Promise<NextResponse | null> {
  if (process.env.PAGE_CACHE === "off" || !base.headers.has("x-middleware-next")) return null;
  const target = explorerPageKey(
    { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, headers: request.headers },
    state.renderSecret,
  );
  if (target === null) return null;
  const { key } = target;
  const version = await currentCatalogVersion();
  if (version === null) return null;

  let page = state.store.get(key, version)?.value as CachedPage | undefined;
  let hit = page !== undefined;
  if (!page) {
    // Shared only by misses at the same catalog version: a render that began before an edit never answers after it.
    const flight = `${version} ${key}`;
    let rendering = state.inflight.get(flight);
    if (!rendering) {
      rendering = render(target.render, request).then((rendered) => {
        state.store.set(key, rendered);
        return rendered;
      });
      rendering.finally(() => state.inflight.delete(flight)).catch(() => {});
      state.inflight.set(flight, rendering);
    } else {
      hit = true; // shared with a concurrent miss
    }
    page = (await rendering) ?? undefined;
    if (!page) return null;
  }

  // Next.js compresses this answer for clients that accept it, as it does its own renders.
  const headers = explorerPageHeaders(page, hit ? "HIT" : "MISS");
  for (const cookie of base.headers.getSetCookie()) headers.append("set-cookie", cookie);
  const link = base.headers.get("link");
  if (link) headers.set("link", link);
  return new NextResponse(page.body, { status: 200, headers });
}

/** A cached page's kept headers with the cache's mark (the proxy's answer and the request lane's). */
export function explorerPageHeaders(page: CachedPage, mark: "HIT" | "MISS"): Headers {
  const headers = new Headers(page.headers);
  headers.set("x-fusion-atlas-cache", mark);
  return headers;
}

/**
 * For the request lane (lib/server/page-store-lane.ts), synchronously: the cached explorer page for a plain page load
 * when it is a hit right now (the catalog version known from a read under a second old, the primary reachable, the
 * page cached under that version); else null, and the proxy answers as before (reads the version, renders a miss).
 */
export function cachedExplorerPageNow(request: {
  method: string;
  pathname: string;
  search: string;
  headers: { has(name: string): boolean; get(name: string): string | null };
}): CachedPage | null {
  if (process.env.PAGE_CACHE === "off") return null;
  const target = explorerPageKey(request, state.renderSecret);
  if (target === null) return null;
  const version = laneVersion();
  if (version === null) return null;
  return (state.store.get(target.key, version)?.value as CachedPage | undefined) ?? null;
}
