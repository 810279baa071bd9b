// The proxy's short way for a page that Next.js keeps in its page cache (page-headers.ts `isCachedPagePath`), under
// a plain path: the answer next-intl's middleware gives it (go on; the locale cookie set when it must follow the
// visitor's choice), without next-intl's per-request work: its path parsing, its Accept-Language negotiation and,
// the larger part, forwarding every request header to Next.js again (the header-override protocol) to add its
// locale header. In one process, next-intl took ~110 µs a request and the header forwarding alone ~50 µs (a
// micro-benchmark on the loaded 2-core machine; bench:throughput's reference page with and without the proxy went
// from 0.39 to 0.53–0.60 of the proxy-less rate). The cached pages take their locale from the [locale] segment
// (they are rendered without a request: at build time or on revalidation), so the header is of no use to them.
//
// The cookie follows next-intl's own rule (its syncCookie): not for background requests (Sec-Fetch-Dest other than
// "document"); with a cookie, set when it names another locale; without one, set when the page's locale is not the
// one Accept-Language would choose. That choice is next-intl's: the first request with a given Accept-Language goes
// through next-intl, which answers it, and its decision is remembered for that header value.
import { NextResponse, type NextRequest } from "next/server";
import { routing, type Locale } from "@/i18n/routing";

/** A path that next-intl's decoding and sanitizing leave as it is: the locale and plain segments, no trailing slash. */
const PLAIN_PATH = /^\/(?:en|zh)(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+)*$/;
const MEMO_MAX_ENTRIES = 256;
const MEMO_MAX_HEADER = 256;

// next-intl's cookie: its defaults (name, SameSite=lax) under the routing's own settings.
const localeCookie = typeof routing.localeCookie === "object" ? { name: "NEXT_LOCALE", sameSite: "lax" as const, ...routing.localeCookie } : null;

/**
 * Whether the page's locale differs from Accept-Language's choice, per locale and header value (next-intl's answer).
 * On globalThis: the request lane (lib/server/page-store-lane.ts), bundled apart from the proxy, reads what the proxy
 * learnt.
 */
const setsCookieWithout: Map<string, boolean> = ((globalThis as { fusionAtlasLocaleCookieMemo?: Map<string, boolean> }).fusionAtlasLocaleCookieMemo ??=
  new Map());

export type LocaleMiddleware = (request: NextRequest) => NextResponse;

/** Whether the short way applies to this path (else next-intl answers). */
export function isPlainLocalePath(pathname: string): boolean {
  return PLAIN_PATH.test(pathname);
}

/**
 * next-intl's answer to a request for a cached page in `locale`, the short way when it can be had: the same
 * decision about the cookie, no header override. `intl` is next-intl's middleware, used for anything else.
 */
export function cachedPageLocaleResponse(request: NextRequest, locale: Locale, intl: LocaleMiddleware): NextResponse {
  if (localeCookie === null || request.nextUrl.basePath || !isPlainLocalePath(request.nextUrl.pathname)) return intl(request);
  const setCookie = knownLocaleCookieDecision(locale, {
    dest: request.headers.get("sec-fetch-dest"),
    cookie: request.cookies.has(localeCookie.name) ? (request.cookies.get(localeCookie.name)?.value ?? "") : null,
    acceptLanguage: request.headers.get("accept-language") ?? "",
  });
  if (setCookie === null) {
    const response = intl(request);
    const acceptLanguage = request.headers.get("accept-language") ?? "";
    // Only what the memo may hold: a request without the cookie, whose header is short enough to remember.
    if (!request.cookies.has(localeCookie.name) && acceptLanguage.length <= MEMO_MAX_HEADER) {
      if (setsCookieWithout.size >= MEMO_MAX_ENTRIES) setsCookieWithout.clear();
      setsCookieWithout.set(`${locale}\n${acceptLanguage}`, response.cookies.has(localeCookie.name));
    }
    return response;
  }
  const response = NextResponse.next();
  if (setCookie) setLocaleCookie(response, locale);
  return response;
}

/**
 * next-intl's decision about the locale cookie for a page load of a cached page in `locale`, when it is known without
 * next-intl: true to set it, false not to, null when next-intl must be asked (no cookie, and an Accept-Language
 * value it has not answered yet, or one too long to remember). `cookie` is the locale cookie's value, or null when
 * the request has none.
 */
export function knownLocaleCookieDecision(locale: Locale, request: { dest: string | null; cookie: string | null; acceptLanguage: string }): boolean | null {
  if (localeCookie === null) return null;
  if (request.dest !== null && request.dest !== "document") return false;
  if (request.cookie !== null) return request.cookie !== locale;
  if (request.acceptLanguage.length > MEMO_MAX_HEADER) return null;
  return setsCookieWithout.get(`${locale}\n${request.acceptLanguage}`) ?? null;
}

/** The locale cookie's name (next-intl's), or null when the routing sets none. */
export function localeCookieName(): string | null {
  return localeCookie?.name ?? null;
}

/** Sets the locale cookie on a response as next-intl sets it. */
export function setLocaleCookie(response: NextResponse, locale: Locale): void {
  if (localeCookie === null) return;
  const { name, ...attributes } = localeCookie;
  response.cookies.set(name, locale, { path: undefined, ...attributes });
}
