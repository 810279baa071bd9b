// Which requests the proxy's public page store (lib/cache/public-page-cache.ts) may answer, under which key, which
// of a rendered answer's headers it keeps, and when its answer is a 304. Pure: no Next.js, no React, no database.
//
// The store holds the pages Next.js itself keeps in its page cache (page-headers.ts `isCachedPagePath`: rendered
// without a request, at build time or on revalidation, so the same bytes for every visitor; signed-in or not). Only a
// browser's plain page load qualifies, as for the explorer's page cache (explorer-page-policy.ts): GET or HEAD of such
// a path with no query string, asking for HTML, no router header (in-app navigation fetches React Server Components
// payloads with `Accept: */*`), no draft-mode cookie, and not the store's own render request. Anything else goes to
// Next.js as before. The key is the path as sent.
import { isCachedPagePath } from "@/lib/http/page-headers";
import { STALE_HEADER } from "@/lib/http/outage-page";
import { isOwnRender, replayableHeaders } from "./explorer-page-policy";

/** The header the store sends with its own render request (value: a per-process secret), so the proxy lets it by. */
export const PAGE_RENDER_HEADER = "x-fusion-atlas-page-render";

const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];
/** Next.js's draft-mode cookie: such a request bypasses its page cache, so it bypasses this store too. */
const DRAFT_COOKIE = /(?:^|;\s*)__prerender_bypass=/;

interface RequestLike {
  method: string;
  pathname: string;
  /** "" or "?…" */
  search: string;
  headers: { has(name: string): boolean; get(name: string): string | null };
}

/** The store's key for a request it may answer (the path), or null for Next.js to answer it. */
export function publicPageKey(request: RequestLike, renderSecret: string): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.search !== "" || !isCachedPagePath(request.pathname) || request.pathname.endsWith("/opengraph-image")) return null;
  if (isOwnRender(request.headers.get(PAGE_RENDER_HEADER), renderSecret)) return null;
  if (ROUTER_HEADERS.some((h) => request.headers.has(h))) return null;
  if (!/\btext\/html\b/i.test(request.headers.get("accept") ?? "")) return null;
  if (DRAFT_COOKIE.test(request.headers.get("cookie") ?? "")) return null;
  return request.pathname;
}

/**
 * What the store does with a render's answer: keep it (a complete 200 HTML page that Next.js served from, or just put
 * into, its page cache: `x-nextjs-cache` HIT or MISS); pass (a 404, a redirect, a page Next.js served stale while it
 * renders it again, a page it did not cache: remembered for the catalog version, so that such paths cost no second
 * request); or forget it (an answer of the outage path, marked `x-fusion-atlas-stale`, or a server failure, ≥ 500:
 * neither says what the path answers once the primary is back, and the catalog version does not move on recovery,
 * so remembering either would go on serving it marked stale, or passing, until the next edit).
 */
export function storeDecision(status: number, headers: { get(name: string): string | null }): "keep" | "pass" | "forget" {
  if (status >= 500 || headers.get(STALE_HEADER) !== null) return "forget";
  if (status !== 200 || !(headers.get("content-type") ?? "").toLowerCase().startsWith("text/html")) return "pass";
  const cache = (headers.get("x-nextjs-cache") ?? "").toUpperCase();
  return cache === "HIT" || cache === "MISS" ? "keep" : "pass";
}

/** The headers of a rendered page that the store repeats: as the explorer's cache does, plus its ETag. */
export function pageHeadersToKeep(headers: Iterable<[string, string]>): Array<[string, string]> {
  const all = [...headers];
  const kept = replayableHeaders(all);
  const etag = all.find(([name]) => name.toLowerCase() === "etag");
  if (etag) kept.push(["etag", etag[1]]);
  return kept;
}

/** Whether If-None-Match names this ETag (weak comparison, as Next.js makes it), so the answer is a 304. */
export function notModified(ifNoneMatch: string | null, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  const want = bare(etag);
  return ifNoneMatch.split(",").some((tag) => bare(tag) === want);
}

/**
 * Whether a passed render's answer is served to the visitor whose miss asked for it, instead of Next.js rendering the
 * request again: a 404 HTML page Next.js answered from or into its page cache (the same bytes for every visitor, as a
 * kept page; e.g. an unknown use case's slug). Not stored: a crawler's random slugs must not push pages out.
 */
export function servesPassedAnswer(status: number, headers: { get(name: string): string | null }): boolean {
  if (status !== 404 || !(headers.get("content-type") ?? "").toLowerCase().startsWith("text/html")) return false;
  const cache = (headers.get("x-nextjs-cache") ?? "").toUpperCase();
  return cache === "HIT" || cache === "MISS";
}

export interface PassMarkers {
  /** Whether the path was passed at this catalog version. */
  has(key: string, version: number): boolean;
  set(key: string, version: number): void;
  readonly size: number;
}

/**
 * The paths the store passed (a 404, a redirect, a page Next.js does not cache), per catalog version, so that they
 * cost no second render. Kept apart from the page store, bounded by count (the oldest marker goes first), so that
 * many passed paths never push a stored page out.
 */
export function createPassMarkers(maxEntries: number): PassMarkers {
  const markers = new Map<string, number>();
  return {
    has(key, version) {
      const at = markers.get(key);
      if (at === undefined) return false;
      if (at === version) return true;
      markers.delete(key);
      return false;
    },
    set(key, version) {
      markers.delete(key);
      markers.set(key, version);
      while (markers.size > maxEntries) markers.delete(markers.keys().next().value as string);
    },
    get size() {
      return markers.size;
    },
  };
}

/**
 * One of the store's bounds from its environment variable (PUBLIC_PAGE_STORE_MAX_ENTRIES, PUBLIC_PAGE_STORE_MAX_MB):
 * a positive number, or the default with a warning for anything else ("24MB" is NaN, and a NaN bound would compare
 * false with everything and remove the memory bound).
 */
export function parseStoreBound(name: string, raw: string | undefined, fallback: number): { value: number; warning: string | null } {
  const text = (raw ?? "").trim();
  if (text === "") return { value: fallback, warning: null };
  const value = Number(text);
  if (Number.isFinite(value) && value > 0) return { value, warning: null };
  return { value: fallback, warning: `${name} must be a positive number; got "${raw}". Using ${fallback}.` };
}
