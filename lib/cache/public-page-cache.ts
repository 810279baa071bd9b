// The proxy's public page store: the pages Next.js keeps in its page cache (home, about, domains, techniques, use
// cases, the lab, the reference page, …), answered by the proxy itself. What Next.js's own cache saves is the render;
// what a request still costs past the proxy is Next.js's pass-through and its page-cache response path (bench:
// throughput: the reference page served 0.24–0.26× a bare Next.js page, and the explorer, answered here-like from
// its own page cache, ~2.5× the reference). The policy (which requests, which headers, 304s) is public-page-policy.ts.
//
// Kept exactly as Next.js keeps them: per catalog version (lib/cache/page-cache-store.mjs, the same store and the
// same version as the page cache handler), so an edit reaches the store when it reaches Next.js's cache, within
// about a second on every instance and at once on the saving one. On a miss the proxy asks its own server for the
// page (one loopback request marked with a per-process secret, so it is let through to Next.js), keeps it when
// Next.js answered it from or into its page cache, and answers with it; concurrent misses of one key share that
// render. Anything else (a 404, a redirect, a stale page) is remembered as "pass" for the version, in a small
// bounded set of its own (so that passed paths never push stored pages out), and Next.js answers the visitor's own
// request, as it did before, except a 404 Next.js caches, which is answered with the miss's render (not rendered twice); an outage answer (marked stale) or a failure is not remembered,
// and while the primary is unreachable the store stands aside for the outage path (lib/http/outage.ts).
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { loopbackRender } from "./loopback-render";
import {
  createPassMarkers,
  notModified,
  PAGE_RENDER_HEADER,
  pageHeadersToKeep,
  type PassMarkers,
  parseStoreBound,
  publicPageKey,
  servesPassedAnswer,
  storeDecision,
} from "./public-page-policy";
import { catalogVersionStatus, currentCatalogVersion, laneVersion } from "./catalog-version-global.mjs";
import { createPageCacheStore, type PageCacheStore } from "./page-cache-store.mjs";

export interface Page {
  /** Stored once; a Response copies the bytes it is given, so every answer can share this array. */
  body: Uint8Array<ArrayBuffer>;
  headers: Array<[string, string]>;
  etag: string | undefined;
}

/** A render's outcome: a page to keep, or a pass (with the 404 page to answer this miss with, if it is one). */
type Rendered = { page: Page } | { pass: true; notFound?: Page };

const PASS_MARKERS = 1_000;

interface GlobalState {
  fusionAtlasPublicPages?: { store: PageCacheStore; passes?: PassMarkers; inflight: Map<string, Promise<Rendered | null>>; renderSecret: string };
}
const globals = globalThis as GlobalState;
const state: NonNullable<GlobalState["fusionAtlasPublicPages"]> = (globals.fusionAtlasPublicPages ??= {
  store: createStore(),
  inflight: new Map(),
  renderSecret: randomBytes(24).toString("base64url"),
});

function createStore(): PageCacheStore {
  const maxEntries = parseStoreBound("PUBLIC_PAGE_STORE_MAX_ENTRIES", process.env.PUBLIC_PAGE_STORE_MAX_ENTRIES, 300);
  const maxMb = parseStoreBound("PUBLIC_PAGE_STORE_MAX_MB", process.env.PUBLIC_PAGE_STORE_MAX_MB, 24);
  for (const { warning } of [maxEntries, maxMb]) if (warning) console.warn(`⚠ ${warning}`);
  return createPageCacheStore({ maxEntries: maxEntries.value, maxBytes: maxMb.value * 1024 * 1024 });
}
const passes = (state.passes ??= createPassMarkers(PASS_MARKERS));

async function render(path: string, request: NextRequest): Promise<Rendered | null> {
  try {
    const res = await loopbackRender(path, PAGE_RENDER_HEADER, state.renderSecret, request);
    const decision = storeDecision(res.status, res.headers);
    if (decision === "forget") return null; // an outage answer or a failure is not remembered: the next request tries again
    if (decision === "pass" && !servesPassedAnswer(res.status, res.headers)) return { pass: true };
    const body = res.body ?? new Uint8Array(0);
    const headers = pageHeadersToKeep(res.headers.entries());
    const page: Page = { body, headers, etag: headers.find(([name]) => name === "etag")?.[1] };
    return decision === "keep" ? { page } : { pass: true, notFound: page };
  } catch {
    return null; // not remembered: the next request tries again
  }
}

/**
 * The stored page for this request, or null when Next.js should answer it (not a plain page load of a cached page,
 * store off, version unknown, the primary unreachable, a path Next.js does not answer with a cached page, or the
 * render failed). A 404 that Next.js caches is answered with the miss's own render, not stored. `base` is the proxy's
 * locale answer for the request (NextResponse.next(), perhaps setting the locale cookie), whose cookie the answer
 * carries.
 */
export async function storedPublicPage(request: NextRequest, base: NextResponse): Promise<NextResponse | null> {
  if (process.env.PAGE_CACHE === "off" || !base.headers.has("x-middleware-next") || base.headers.has("x-middleware-rewrite")) return null;
  const key = publicPageKey(
    { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, headers: request.headers },
    state.renderSecret,
  );
  if (key === null) return null;
  const version = await currentCatalogVersion();
  if (version === null) return null;
  // The primary unreachable (the version is the last known one): the outage path answers, marking what it serves.
  if (catalogVersionStatus()?.error != null) return null;
  if (passes.has(key, version)) return null;

  let page = state.store.get(key, version)?.value as Page | undefined;
  let hit = page !== undefined;
  let status = 200;
  if (!page) {
    // Shared only by misses at the same catalog version: a render that began before an edit never answers after it.
    const flight = `${version} ${key}`;
    let rendering = state.inflight.get(flight);
    if (!rendering) {
      rendering = render(key, request).then((rendered) => {
        state.store.set(key, rendered && "page" in rendered ? rendered.page : null);
        // Remembered at the version current at the miss: if an edit landed meanwhile, the next request renders again.
        if (rendered && "pass" in rendered) passes.set(key, version);
        return rendered;
      });
      rendering.finally(() => state.inflight.delete(flight)).catch(() => {});
      state.inflight.set(flight, rendering);
    } else {
      hit = true; // shared with a concurrent miss
    }
    const rendered = await rendering;
    if (!rendered) return null;
    if ("page" in rendered) page = rendered.page;
    else if (rendered.notFound) {
      page = rendered.notFound;
      status = 404;
    }
  }
  if (!page) return null;

  const answer = storeAnswer(page, request.method, request.headers.get("if-none-match"), status === 200 ? (hit ? "HIT" : "MISS") : null, base.headers.getSetCookie());
  return new NextResponse(answer.body, { status: status === 200 ? answer.status : status, headers: answer.headers });
}

/** What the store answers with a page: the page's headers, the store's mark, the visitor's cookies, a 304 or not. */
export interface StoreAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | null;
}

/**
 * The answer made of a page: its kept headers, `x-fusion-atlas-cache` (null for a 404, answered as Next.js answers
 * it, unmarked: it is not from the store), the cookies to set, a 304 when If-None-Match names a marked page's ETag,
 * and no body for HEAD.
 */
export function storeAnswer(page: Page, method: string, ifNoneMatch: string | null, mark: "HIT" | "MISS" | null, setCookies: string[]): StoreAnswer {
  const headers = new Headers(page.headers);
  if (mark) headers.set("x-fusion-atlas-cache", mark);
  for (const cookie of setCookies) headers.append("set-cookie", cookie);
  if (mark && notModified(ifNoneMatch, page.etag)) {
    headers.delete("content-type");
    return { status: 304, headers, body: null };
  }
  return { status: 200, headers, body: method === "HEAD" ? null : page.body };
}

/**
 * For the request lane (lib/server/page-store-lane.ts), synchronously: the stored page for a request the store may
 * answer, when it is a hit right now (the catalog version known from a read under a second old, the primary
 * reachable, the page stored under that version); else null, and the proxy's own way (which may read the version,
 * render a miss, or stand aside) answers the request.
 */
export function storedPageNow(request: { method: string; pathname: string; search: string; headers: { has(name: string): boolean; get(name: string): string | null } }): Page | null {
  if (process.env.PAGE_CACHE === "off") return null;
  const key = publicPageKey(request, state.renderSecret);
  if (key === null) return null;
  const version = laneVersion();
  if (version === null || passes.has(key, version)) return null;
  return (state.store.get(key, version)?.value as Page | undefined) ?? null;
}
