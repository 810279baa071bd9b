// Which explorer requests the proxy's page cache (lib/cache/explorer-page-cache.ts) may answer, under which key, and
// which of a rendered answer's headers it may replay. Pure: no Next.js, no React, no database.
//
// Only a browser's page load qualifies: GET `/{locale}/explore` with its query string, asking for HTML (Accept:
// text/html, as browsers send for documents). The browser's router fetches React Server Components payloads for
// in-app navigation with `Accept: */*`; Next.js strips its router headers (RSC, Next-Router-State-Tree, …) and the
// `_rsc` parameter before the proxy sees a request, so Accept is what tells the two apart. Those payloads are
// rendered per request (cheaper than a first visit's HTML), as are server actions and anything else.

/** The header the cache sends with its own render request, so that the proxy lets that one through to Next.js. */
export const RENDER_HEADER = "x-fusion-atlas-render";

/** Longer query strings are rendered per request (nobody shares such links twice; they must not fill the cache). */
export const MAX_CACHED_QUERY_LENGTH = 2_000;

const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];

const EXPLORER_PATH = /^\/(en|zh)\/explore$/;

interface RequestLike {
  method: string;
  pathname: string;
  /** "" or "?a=1&b=2" */
  search: string;
  headers: { has(name: string): boolean; get(name: string): string | null };
}

/** The cache key of a request the cache may answer ("/en/explore?technique=nlp"), or null. */
export function explorerPageKey(request: RequestLike): string | null {
  if (request.method !== "GET" || !EXPLORER_PATH.test(request.pathname)) return null;
  if (request.search.length > MAX_CACHED_QUERY_LENGTH + 1) return null;
  if (request.headers.has(RENDER_HEADER) || ROUTER_HEADERS.some((h) => request.headers.has(h))) return null;
  if (!/\btext\/html\b/i.test(request.headers.get("accept") ?? "")) return null;
  // The query string exactly as sent: the page warns about the parameters it could not use, so two spellings of one
  // query are two pages.
  return request.pathname + (request.search === "?" ? "" : request.search);
}

// Per response or per connection; the cache answers with its own (or next-intl's, for the visitor's locale cookie).
const NOT_REPLAYED = new Set([
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
  "link",
]);

/** The headers of a rendered page that a cached copy repeats. */
export function replayableHeaders(headers: Iterable<[string, string]>): Array<[string, string]> {
  const kept: Array<[string, string]> = [];
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (NOT_REPLAYED.has(lower) || lower.startsWith("x-middleware-") || lower.startsWith("x-nextjs-")) continue;
    kept.push([lower, value]);
  }
  return kept;
}

/** Whether a rendered answer may be kept: a complete 200 HTML page. */
export function cacheableAnswer(status: number, contentType: string | null): boolean {
  return status === 200 && (contentType ?? "").toLowerCase().startsWith("text/html");
}

/** Where the server can reach itself: INTERNAL_ORIGIN (set by the start scripts), else the loopback on PORT. */
export function internalOrigin(env: { INTERNAL_ORIGIN?: string; PORT?: string }): string {
  return (env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${env.PORT ?? "3000"}`).replace(/\/$/, "");
}
