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
// render. Anything else (a 404, a redirect, a stale page) is remembered as "pass" for the version and Next.js
// answers the visitor's own request, as it did before; an outage answer (marked stale) or a failure is not remembered,
// and while the primary is unreachable the store stands aside for the outage path (lib/http/outage.ts).
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { internalOrigin } from "./explorer-page-policy";
import { notModified, PAGE_RENDER_HEADER, pageHeadersToKeep, publicPageKey, storeDecision } from "./public-page-policy";
import { catalogVersionStatus, currentCatalogVersion } from "./catalog-version-global.mjs";
import { createPageCacheStore, type PageCacheStore } from "./page-cache-store.mjs";

type StoredPage =
  | {
      /** Stored once; a Response copies the bytes it is given, so every answer can share this array. */
      body: Uint8Array<ArrayBuffer>;
      headers: Array<[string, string]>;
      etag: string | undefined;
    }
  | { pass: true };

const RENDER_TIMEOUT_MS = 30_000;
const PASS: StoredPage = { pass: true };

interface GlobalState {
  fusionAtlasPublicPages?: { store: PageCacheStore; inflight: Map<string, Promise<StoredPage | null>>; renderSecret: string };
}
const globals = globalThis as GlobalState;
const state = (globals.fusionAtlasPublicPages ??= {
  store: createPageCacheStore({
    maxEntries: Number(process.env.PUBLIC_PAGE_STORE_MAX_ENTRIES ?? 300),
    maxBytes: Number(process.env.PUBLIC_PAGE_STORE_MAX_MB ?? 24) * 1024 * 1024,
  }),
  inflight: new Map(),
  renderSecret: randomBytes(24).toString("base64url"),
});

async function render(path: string, request: NextRequest): Promise<StoredPage | null> {
  try {
    const res = await fetch(internalOrigin({ INTERNAL_ORIGIN: process.env.INTERNAL_ORIGIN, PORT: process.env.PORT }) + path, {
      headers: { [PAGE_RENDER_HEADER]: state.renderSecret, accept: "text/html", "accept-encoding": "identity", "user-agent": request.headers.get("user-agent") ?? "" },
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const decision = storeDecision(res.status, res.headers);
    if (decision !== "keep") {
      await res.body?.cancel();
      return decision === "pass" ? PASS : null; // "forget": an outage answer or a failure is not remembered
    }
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = pageHeadersToKeep(res.headers.entries());
    return { body, headers, etag: headers.find(([name]) => name === "etag")?.[1] };
  } catch {
    return null; // not remembered: the next request tries again
  }
}

/**
 * The stored page for this request, or null when Next.js should answer it (not a plain page load of a cached page,
 * store off, version unknown, a path Next.js does not answer with a cached page, or the render failed). `base` is the
 * proxy's locale answer for the request (NextResponse.next(), perhaps setting the locale cookie), whose cookie the
 * stored page carries.
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

  let page = state.store.get(key, version)?.value as StoredPage | undefined;
  let hit = page !== undefined;
  if (!page) {
    // Shared only by misses at the same catalog version: a render that began before an edit never answers after it.
    const flight = `${version} ${key}`;
    let rendering = state.inflight.get(flight);
    if (!rendering) {
      rendering = render(key, request).then((rendered) => {
        state.store.set(key, rendered);
        return rendered;
      });
      rendering.finally(() => state.inflight.delete(flight)).catch(() => {});
      state.inflight.set(flight, rendering);
    } else {
      hit = true; // shared with a concurrent miss
    }
    page = (await rendering) ?? undefined;
  }
  if (!page || "pass" in page) return null;

  const headers = new Headers(page.headers);
  headers.set("x-fusion-atlas-cache", hit ? "HIT" : "MISS");
  for (const cookie of base.headers.getSetCookie()) headers.append("set-cookie", cookie);
  if (notModified(request.headers.get("if-none-match"), page.etag)) {
    headers.delete("content-type");
    return new NextResponse(null, { status: 304, headers });
  }
  return new NextResponse(request.method === "HEAD" ? null : page.body, { status: 200, headers });
}
