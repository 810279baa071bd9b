// What the proxy adds to page responses (DESIGN.md "Headers"): the URL length cap, the Content-Security-Policy of
// pages rendered per request (a fresh nonce, forwarded to Next.js so that it marks its scripts with it), HSTS when
// the app is served over https, and alternate-language Link headers built from APP_URL. Pages kept in the page
// cache get their policy from the cache handler instead (hashes of their own scripts; see security-headers.mjs).
// Pure but for crypto.getRandomValues: no Prisma, no React.
import { contentSecurityPolicy, isHttpsAppUrl } from "./security-headers.mjs";

/** Longest path accepted (real paths are a locale, a section and a slug of at most 100 characters). */
export const MAX_PATH_LENGTH = 1024;
/** Longest path + query accepted: a lab link with its 2,000-character CSV, percent-encoded, fits. */
export const MAX_URL_LENGTH = 8192;

/** The reason a URL is refused with 414, or null when it is acceptable. `search` is "" or "?…". */
export function urlTooLong(pathname: string, search: string): string | null {
  if (pathname.length > MAX_PATH_LENGTH) return `The URL path is longer than ${MAX_PATH_LENGTH} characters.`;
  if (pathname.length + search.length > MAX_URL_LENGTH) return `The URL is longer than ${MAX_URL_LENGTH} characters.`;
  return null;
}

const SLUG = "[^/]+";
// The pages under a locale that Next.js keeps in the page cache (ISR/static). Everything else under a locale (the
// explorer, the admin, unknown paths, which the catch-all page answers with a 404) is rendered per request.
// page-headers.test.ts checks this list against the app/[locale] folder.
const CACHED_PAGES = [
  "",
  "/about",
  "/article",
  "/challenges",
  "/domains",
  `/domains/${SLUG}`,
  "/faq",
  "/fusion",
  "/fusion-map",
  "/lab",
  "/resources",
  "/techniques",
  `/techniques/${SLUG}`,
  `/use-cases/${SLUG}`,
  `/use-cases/${SLUG}/opengraph-image`,
  "/reference-page",
];
const CACHED_PAGE = new RegExp(`^/(?:en|zh)(?:${CACHED_PAGES.map((p) => `(?:${p})`).join("|")})$`);

/** Whether Next.js keeps this page in its page cache (then the cache handler gives it its policy). */
export function isCachedPagePath(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of a page rendered per request, with its nonce. */
export function noncePolicy(nonce: string, appUrl: string | undefined): string {
  return contentSecurityPolicy([`'nonce-${nonce}'`], { https: isHttpsAppUrl(appUrl) });
}

/**
 * The alternate-language Link header of a page, from APP_URL: the page in each locale and, as x-default, the English
 * page (the same URLs as the hreflang tags in the page's head). Null for paths that are not public pages.
 */
export function alternateLinks(pathname: string, base: string): string | null {
  const match = /^\/(?:en|zh)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const rest = match[1] ?? "";
  if (/^\/(admin|__not-found)(\/|$)/.test(rest)) return null;
  const root = base.replace(/\/$/, "");
  const url = (locale: string) => `${root}/${locale}${rest}`;
  return [`<${url("en")}>; rel="alternate"; hreflang="en"`, `<${url("zh")}>; rel="alternate"; hreflang="zh"`, `<${url("en")}>; rel="alternate"; hreflang="x-default"`].join(", ");
}

interface HeaderBag {
  get(name: string): string | null;
  set(name: string, value: string): void;
  has(name: string): boolean;
}

/**
 * Makes Next.js see `name: value` among the request's headers, through the proxy's header-override protocol (what
 * `NextResponse.next({ request: { headers } })` writes), keeping the overrides next-intl may already have written.
 */
export function forwardRequestHeader(response: { headers: HeaderBag }, requestHeaders: Headers, name: string, value: string): void {
  const lower = name.toLowerCase();
  const listed = response.headers.get("x-middleware-override-headers");
  const names = listed ? listed.split(",").map((n) => n.trim()).filter(Boolean) : [];
  if (!listed) {
    for (const [key, v] of requestHeaders) {
      names.push(key);
      response.headers.set(`x-middleware-request-${key}`, v);
    }
  }
  if (!names.includes(lower)) names.push(lower);
  response.headers.set("x-middleware-override-headers", names.join(","));
  response.headers.set(`x-middleware-request-${lower}`, value);
}
