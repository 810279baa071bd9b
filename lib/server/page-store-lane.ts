// The request lane: a browser's page load of a page the proxy's public page store holds (lib/cache/public-page-cache.ts)
// answered as the request arrives, before Next.js's request handling (its router, the proxy's invocation and the
// conversion of the proxy's answer), which cost a stored page ~2× what a bare Next.js app spends on a static page
// (bench:throughput, issue 18). Installed by instrumentation.ts in `next start`'s own server process, the way the
// request-id log, the peer address and the drain are (a patch of http.Server's "request" event), and installed first,
// so it runs inside them: the request has its X-Request-Id, is tracked by the drain (and gets `Connection: close` once
// the server is shutting down) before the lane answers it.
//
// It answers only what the proxy would answer from the store as a HIT with no decision left to make, with the same
// answer: a plain page load (GET or HEAD, no query string, a plain locale path, HTML asked for, no router header, no
// draft-mode cookie, not a store's own render) of a page stored under the catalog version this instance knows from a
// read under a second old, with the primary reachable; the locale cookie decided as the proxy decides it (when that
// needs next-intl, the proxy answers); the page's kept headers, the Link and HSTS headers of withPageHeaders, the
// store's mark, the ETag's 304; and Next.js's own compression middleware on the response, as Next.js applies it to
// every answer. Anything else (a miss, a version to read, an outage, the 400/414 checks, the negotiation at "/", the
// 404 in place, the server-action screen) goes to Next.js and the proxy exactly as before. PAGE_STORE_LANE=off turns
// the lane off (for measuring).
import http from "node:http";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import compression from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";
import { NextResponse } from "next/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { textHeaders } from "@/lib/api/http";
import { listTextKeyOfUseCases } from "@/lib/api/list-text-key";
import { peekCatalogText } from "@/lib/cache/cached";
import { catalogVersionStatus, freshCatalogVersion } from "@/lib/cache/catalog-version-global.mjs";
import { cachedExplorerPageNow } from "@/lib/cache/explorer-page-cache";
import { isExplorerPath } from "@/lib/cache/explorer-page-policy";
import { storeAnswer, storedPageNow, type StoreAnswer } from "@/lib/cache/public-page-cache";
import { isPlainLocalePath, knownLocaleCookieDecision, localeCookieName, setLocaleCookie } from "@/lib/http/cached-page-locale";
import { pageRequestHeaders } from "@/lib/http/proxy-headers";
import { EVERY_RESPONSE_HEADERS } from "@/lib/http/security-headers.mjs";
import { parseExploreQuery } from "@/lib/schemas/explore-query";

const INSTALLED = Symbol.for("fusion-atlas.page-store-lane");

type Emit = (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean;
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** Installs the lane once per process (before the other request patches, so that it runs inside them). */
export function installPageStoreLane(env: Record<string, string | undefined> = process.env): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED] || env.PAGE_STORE_LANE === "off" || env.PAGE_CACHE === "off") return;
  g[INSTALLED] = true;
  const compress: Middleware = compression();
  const emit = http.Server.prototype.emit as Emit;
  http.Server.prototype.emit = function pageStoreLaneEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage | undefined, http.ServerResponse | undefined];
      if (request && response && answerFromStore(request, response, compress)) return true;
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/** Answers the request from the store and returns true, or returns false (and touches nothing) for Next.js to answer. */
export function answerFromStore(request: http.IncomingMessage, response: http.ServerResponse, compress: Middleware): boolean {
  const { method, url } = request;
  if ((method !== "GET" && method !== "HEAD") || !url) return false;
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  if (pathname === USE_CASE_LIST) {
    const answer = method === "GET" ? answerOfUseCaseList(url) : null;
    if (!answer) return false;
    send(request, response, compress, answer);
    return true;
  }
  if (!isPlainLocalePath(pathname)) return false;
  const locale = pathname.slice(1, 3);
  if (!isLocale(locale)) return false;
  const headers = headerReader(request.headers);
  const answer = query === -1 ? storedAnswer(pathname, method, headers) : explorerAnswer(pathname, url, method, headers);
  if (!answer) return false;
  const setCookies = localeCookies(locale, headers);
  if (setCookies === null) return false; // next-intl decides: the proxy answers
  for (const cookie of setCookies) answer.headers.append("set-cookie", cookie);
  const { hsts, link } = pageRequestHeaders(pathname);
  if (hsts) answer.headers.set("strict-transport-security", hsts);
  if (link) answer.headers.set("link", link);
  else answer.headers.delete("link");

  send(request, response, compress, answer);
  return true;
}

/** Writes an answer as Next.js writes its own: through its compression middleware. */
function send(request: http.IncomingMessage, response: http.ServerResponse, compress: Middleware, answer: StoreAnswer): void {
  // As Next.js's router server does for every request: its compression middleware, and the release of its stream
  // when the client goes away first.
  compress(request, response, () => {});
  response.once("close", () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
  response.statusCode = answer.status;
  for (const [name, value] of answer.headers) if (name !== "set-cookie") response.setHeader(name, value);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("set-cookie", cookies);
  response.end(answer.body ? Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength) : undefined);
}

const USE_CASE_LIST = "/api/v1/use-cases";
// What Next.js adds to an app route's answer: its router's Vary (the compression middleware appends Accept-Encoding).
const APP_ROUTE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
const encoder = new TextEncoder();

/**
 * `GET /api/v1/use-cases` (one page of the explorer's query as JSON) when its text is in the catalog text cache under
 * the catalog version known now (read under a second ago, the primary reachable): the route handler's answer, made of
 * the same text and headers (lib/api/http.ts `textHeaders`, next.config.mjs's headers, Next.js's Vary). A query the
 * route refuses, CSV, `all=1`, a miss: the route handler answers.
 */
function answerOfUseCaseList(url: string): StoreAnswer | null {
  if (process.env.CATALOG_CACHE === "off") return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://localhost");
  } catch {
    return null;
  }
  if (parsed.pathname !== USE_CASE_LIST) return null;
  const result = parseExploreQuery(parsed.searchParams);
  if (!result.ok || result.query.format === "csv" || result.query.all) return null;
  const version = freshCatalogVersion();
  if (version === null || catalogVersionStatus()?.error != null) return null;
  const text = peekCatalogText(version, listTextKeyOfUseCases(result.query));
  if (text === undefined) return null;
  const headers = new Headers(textHeaders("application/json; charset=utf-8"));
  for (const { key, value } of EVERY_RESPONSE_HEADERS) headers.set(key, value);
  headers.set("vary", APP_ROUTE_VARY);
  return { status: 200, headers, body: encoder.encode(text) };
}

type HeaderReader = ReturnType<typeof headerReader>;

/** A page of the public page store, as the proxy answers a hit (with its ETag's 304 and HEAD). */
function storedAnswer(pathname: string, method: string, headers: HeaderReader): StoreAnswer | null {
  const page = storedPageNow({ method, pathname, search: "", headers });
  return page ? storeAnswer(page, method, headers.get("if-none-match"), "HIT", []) : null;
}

/**
 * A page of the explorer's page cache, as the proxy answers a hit (explorer-page-cache.ts: its kept headers and the
 * mark). The query is read as the proxy reads it, from the URL parsed as Next.js parses it.
 */
function explorerAnswer(pathname: string, url: string, method: string, headers: HeaderReader): StoreAnswer | null {
  if (!isExplorerPath(pathname)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://localhost");
  } catch {
    return null;
  }
  if (parsed.pathname !== pathname) return null;
  const page = cachedExplorerPageNow({ method, pathname, search: parsed.search, headers });
  if (!page) return null;
  const answerHeaders = new Headers(page.headers);
  answerHeaders.set("x-fusion-atlas-cache", "HIT");
  return { status: 200, headers: answerHeaders, body: page.body };
}

/** The locale cookie to set, as the proxy decides it ([] for none), or null when next-intl must decide. */
function localeCookies(locale: Locale, headers: HeaderReader): string[] | null {
  const cookieName = localeCookieName();
  if (cookieName === null) return null;
  const cookies = readCookies(headers.get("cookie"));
  if (cookies === undefined) return null;
  const setCookie = knownLocaleCookieDecision(locale, {
    dest: headers.get("sec-fetch-dest"),
    cookie: cookies?.has(cookieName) ? (cookies.get(cookieName)?.value ?? "") : null,
    acceptLanguage: headers.get("accept-language") ?? "",
  });
  if (setCookie === null) return null;
  if (!setCookie) return [];
  const carrier = NextResponse.next();
  setLocaleCookie(carrier, locale);
  return carrier.headers.getSetCookie();
}

/** The request's cookies as Next.js parses them for the proxy; undefined when they cannot be read (the proxy decides). */
function readCookies(header: string | null): RequestCookies | null | undefined {
  if (!header) return null;
  try {
    return new RequestCookies(new Headers({ cookie: header }));
  } catch {
    return undefined;
  }
}

/** A Headers-like reader over Node's request headers (lower-case names; repeated values joined as Headers joins them). */
function headerReader(raw: http.IncomingHttpHeaders): { has(name: string): boolean; get(name: string): string | null } {
  return {
    has: (name) => raw[name] !== undefined,
    get: (name) => {
      const value = raw[name];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}
