// Which explorer requests the proxy's page cache (lib/cache/explorer-page-cache.ts) may answer, under which key, and
// which of a rendered answer's headers it may replay. Pure: no Next.js, no React, no database.
//
// Only a browser's page load qualifies: GET `/{locale}/explore` with its query string, asking for HTML (Accept:
// text/html, as browsers send for documents). The browser's router fetches React Server Components payloads for
// in-app navigation with `Accept: */*`; Next.js strips its router headers (RSC, Next-Router-State-Tree, …) and the
// `_rsc` parameter before the proxy sees a request, so Accept is what tells the two apart. Those payloads are
// rendered per request (cheaper than a first visit's HTML), as are server actions and anything else.
//
// The key is the query as the page understands it (parsed with the page's own rules, written back in one canonical
// form), so parameter order, repeated values, defaults spelt out and unknown parameters do not make new entries, and
// a query beyond the API's limits (e.g. 1,000 technique values) is one entry like any other. A query with parameters
// the page refuses shows warnings naming them: its key adds those warnings, and it is rendered as sent.
import { exploreQueryToSearchParams, parseExploreQueryLenient } from "@/lib/schemas/explore-query";

/**
 * The header the cache sends with its own render request, so that the proxy lets that one through to Next.js. Its
 * value is a per-process secret (explorer-page-cache.ts): from anyone else the header means nothing.
 */
export const RENDER_HEADER = "x-fusion-atlas-render";

const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];

const EXPLORER_PATH = /^\/(en|zh)\/explore$/;

interface RequestLike {
  method: string;
  pathname: string;
  /** "" or "?a=1&b=2" */
  search: string;
  headers: { has(name: string): boolean; get(name: string): string | null };
}

export interface ExplorerPageKey {
  /** The cache key: the path with the canonical query, plus the page's warnings if it has any. */
  key: string;
  /** What to render on a miss: the canonical URL, or the URL as sent when the page has warnings about it. */
  render: string;
}

/** Whether a path is the explorer's page in either locale (the one page the explorer's page cache may answer). */
export function isExplorerPath(pathname: string): boolean {
  return EXPLORER_PATH.test(pathname);
}

/** The cache key of a request the cache may answer ("/en/explore?technique=nlp"), or null. */
export function explorerPageKey(request: RequestLike, renderSecret: string): ExplorerPageKey | null {
  if (request.method !== "GET" || !EXPLORER_PATH.test(request.pathname)) return null;
  if (isOwnRender(request.headers.get(RENDER_HEADER), renderSecret) || ROUTER_HEADERS.some((h) => request.headers.has(h))) return null;
  if (!/\btext\/html\b/i.test(request.headers.get("accept") ?? "")) return null;
  const { query, errors } = parseExploreQueryLenient(new URLSearchParams(request.search));
  const canonical = exploreQueryToSearchParams(query).toString();
  const path = request.pathname + (canonical ? `?${canonical}` : "");
  if (errors.length === 0) return { key: path, render: path };
  return { key: `${path}#${JSON.stringify(errors)}`, render: request.pathname + (request.search === "?" ? "" : request.search) };
}

/** Whether the render header carries this process's secret (a secret of at least 16 characters). */
export function isOwnRender(header: string | null, renderSecret: string): boolean {
  if (header === null || renderSecret.length < 16 || header.length !== renderSecret.length) return false;
  let diff = 0;
  for (let i = 0; i < header.length; i++) diff |= header.charCodeAt(i) ^ renderSecret.charCodeAt(i);
  return diff === 0;
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
  // The render request's id (lib/log/server-log.ts); the visitor's request has its own.
  "x-request-id",
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
