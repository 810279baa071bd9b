import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, routing } from "./i18n/routing";
import { cachedExplorerPage } from "./lib/cache/explorer-page-cache";
import { isExplorerPath } from "./lib/cache/explorer-page-policy";
import { storedPublicPage } from "./lib/cache/public-page-cache";
import { cachedPageLocaleResponse } from "./lib/http/cached-page-locale";
import { pageDuringOutage } from "./lib/http/outage";
import { isCachedPagePath } from "./lib/http/page-headers";
import { refuseLongUrl, withPageHeaders } from "./lib/http/proxy-headers";
import { screenServerAction } from "./lib/security/action-screen";

const intl = createMiddleware(routing);

// Only "/" negotiates a language (cookie, then Accept-Language). Locale-prefixed paths go through next-intl so the
// locale cookie follows the visitor's choice. Any other path (an unknown prefix such as /xx/… included) shows the
// localized 404 page in place: a 404, never a redirect.
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path that is not valid percent-encoded UTF-8 is the client's error; Next's router would answer some of them
  // with a bare 500 (app/400 covers the pages it renders itself).
  if (!decodable(pathname)) {
    const api = pathname.startsWith("/api/");
    return new NextResponse(
      api
        ? JSON.stringify({ error: { param: null, message: "The URL path is not valid percent-encoded UTF-8." } })
        : "Bad request: the URL path is not valid percent-encoded UTF-8.",
      { status: 400, headers: { "content-type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8" } },
    );
  }
  const first = pathname.split("/")[1] ?? "";
  if (first === "api") return NextResponse.next();
  const tooLong = refuseLongUrl(request);
  if (tooLong) return tooLong;
  // Server actions (every POST to a page): cross-site, oversized or malformed ones get a 4xx before React.
  if (request.method === "POST") {
    const refused = await screenServerAction(request);
    if (refused) return refused;
  }
  if (pathname === "/") return withPageHeaders(request, intl(request));
  if (isLocale(first)) {
    // The primary unreachable: what can be served is, marked stale; the rest is a 503 page, never a 500.
    const duringOutage = await pageDuringOutage(request, first);
    if (duringOutage) return withPageHeaders(request, duringOutage);
    // A page load from Next.js's page cache needs only next-intl's cookie decision, not its header forwarding (a
    // server action posted to such a page is rendered per request and may read the locale from that header).
    // A browser's page load of such a page is answered from the proxy's own store of them when it can be.
    if ((request.method === "GET" || request.method === "HEAD") && isCachedPagePath(pathname)) {
      const base = cachedPageLocaleResponse(request, first, intl);
      return withPageHeaders(request, (await storedPublicPage(request, base)) ?? base);
    }
    const response = intl(request);
    // Repeated page loads of one explorer query are answered from the explorer's page cache.
    if (!isExplorerPath(pathname)) return withPageHeaders(request, response);
    return withPageHeaders(request, (await cachedExplorerPage(request, response)) ?? response);
  }
  const locale = preferredLocale(request);
  return withPageHeaders(request, NextResponse.rewrite(new URL(`/${locale}/__not-found${pathname}`, request.url)));
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function preferredLocale(request: NextRequest): "en" | "zh" {
  const cookie = request.cookies.get("NEXT_LOCALE")?.value;
  if (cookie && isLocale(cookie)) return cookie;
  return /^\s*zh\b/i.test(request.headers.get("accept-language") ?? "") ? "zh" : "en";
}

export const config = {
  // Everything but Next's own assets and root files with an extension (sitemap.xml, robots.txt, icons), and the
  // read API and the health check when their path has no percent sign: the proxy only checks an API path's
  // encoding, and a path without "%" always decodes (Next.js tests the matcher against the path as sent and
  // decoded, so a path with "%" in it still comes here). The admin's and the auth API's posts keep the proxy's body
  // cut (body-limits.mjs). See proxy-matcher.test.ts.
  matcher: ["/((?!_next/|_vercel/|api/v1/[^%]*$|api/health$|.*\\.[A-Za-z0-9]+$).*)"],
};
