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
// 404 in place, the server-action screen) goes to Next.js and the proxy exactly as before, and so does a request the
// lane fails on (any error before it writes). PAGE_STORE_LANE=off turns the lanes off (for measuring); PAGE_CACHE=off
// this one. The read API's lane (api-list-lane.ts) is installed with it.
import http from "node:http";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { NextResponse } from "next/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { cachedExplorerPageNow, explorerPageHeaders } from "@/lib/cache/explorer-page-cache";
import { isExplorerPath } from "@/lib/cache/explorer-page-policy";
import { storeAnswer, storedPageNow } from "@/lib/cache/public-page-cache";
import { isPlainLocalePath, knownLocaleCookieDecision, localeCookieName, setLocaleCookie } from "@/lib/http/cached-page-locale";
import { urlTooLong } from "@/lib/http/page-headers";
import { pageRequestHeaders } from "@/lib/http/proxy-headers";
import { answerFromApiList, apiListLaneOn } from "./api-list-lane";
import { answerWith, nextCompression, type LaneAnswer, type Middleware } from "./lane-send";

const INSTALLED = Symbol.for("fusion-atlas.page-store-lane");

type Emit = (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean;

/** Installs the lanes once per process (before the other request patches, so that they run inside them). */
export function installPageStoreLane(env: Record<string, string | undefined> = process.env): void {
  const g = globalThis as Record<symbol, unknown>;
  const pages = env.PAGE_STORE_LANE !== "off" && env.PAGE_CACHE !== "off";
  const api = apiListLaneOn(env);
  if (g[INSTALLED] || (!pages && !api)) return;
  g[INSTALLED] = true;
  const compress = nextCompression();
  const emit = http.Server.prototype.emit as Emit;
  http.Server.prototype.emit = function pageStoreLaneEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage | undefined, http.ServerResponse | undefined];
      if (request && response && ((pages && answerFromStore(request, response, compress)) || (api && answerFromApiList(request, response, compress)))) {
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/**
 * Answers the request from the store and returns true, or returns false (and touches nothing) for Next.js to answer:
 * also when anything fails before the answer is written.
 */
export function answerFromStore(request: http.IncomingMessage, response: http.ServerResponse, compress: Middleware | null): boolean {
  return answerWith(request, response, compress, () => pageAnswer(request));
}

/** The store's answer for a request, or null for Next.js (and the proxy) to answer it. */
function pageAnswer(request: http.IncomingMessage): LaneAnswer | null {
  const { method, url } = request;
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  if (!isPlainLocalePath(pathname)) return null;
  // What the proxy refuses with a 414 (before anything else) is the proxy's to answer, whatever the store holds. The
  // proxy measures the URL as parsed (the parser re-encodes characters such as `'` to `%27`, so a URL may grow), and
  // this measures both that and the URL as sent.
  const parsed = new URL(url, "http://localhost");
  if (urlTooLong(pathname, query === -1 ? "" : url.slice(query)) !== null) return null;
  if (urlTooLong(parsed.pathname, parsed.search) !== null) return null;
  const locale = pathname.slice(1, 3);
  if (!isLocale(locale)) return null;
  const headers = headerReader(request.headers);
  const answer = query === -1 ? storedAnswer(pathname, method, headers) : explorerAnswer(pathname, parsed, method, headers);
  if (!answer) return null;
  const setCookies = localeCookies(locale, headers);
  if (setCookies === null) return null; // next-intl decides: the proxy answers
  for (const cookie of setCookies) answer.headers.append("set-cookie", cookie);
  const { hsts, link } = pageRequestHeaders(pathname);
  if (hsts) answer.headers.set("strict-transport-security", hsts);
  if (link) answer.headers.set("link", link);
  else answer.headers.delete("link");
  return answer;
}

type HeaderReader = ReturnType<typeof headerReader>;

/** A page of the public page store, as the proxy answers a hit (with its ETag's 304 and HEAD). */
function storedAnswer(pathname: string, method: string, headers: HeaderReader): LaneAnswer | null {
  const page = storedPageNow({ method, pathname, search: "", headers });
  return page ? storeAnswer(page, method, headers.get("if-none-match"), "HIT", []) : null;
}

/**
 * A page of the explorer's page cache, as the proxy answers a hit (explorer-page-cache.ts: its kept headers and the
 * mark). The query is read as the proxy reads it, from the URL parsed as Next.js parses it.
 */
function explorerAnswer(pathname: string, parsed: URL, method: string, headers: HeaderReader): LaneAnswer | null {
  if (!isExplorerPath(pathname)) return null;
  if (parsed.pathname !== pathname) return null;
  const page = cachedExplorerPageNow({ method, pathname, search: parsed.search, headers });
  if (!page) return null;
  return { status: 200, headers: explorerPageHeaders(page, "HIT"), body: page.body };
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
