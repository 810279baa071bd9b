// The proxy's part of the response headers (called from proxy.ts): 414 for over-long URLs, and the headers of page
// responses. See page-headers.ts (the rules) and security-headers.mjs (the policy itself).
import { NextResponse, type NextRequest } from "next/server";
import { siteUrl } from "@/lib/seo/site-url";
import { alternateLinks, forwardRequestHeader, isCachedPagePath, newNonce, noncePolicy, urlTooLong } from "./page-headers";
import { HSTS_VALUE, isHttpsAppUrl } from "./security-headers.mjs";

/**
 * A 414 for a page URL longer than the app accepts (it would otherwise be echoed into headers and cache keys). The
 * read API checks its own parameters and answers 400 naming the one at fault (DESIGN.md, API contract).
 */
export function refuseLongUrl(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  const reason = urlTooLong(pathname, search);
  if (reason === null) return null;
  return new NextResponse(`URI too long: ${reason}`, {
    status: 414,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * Adds to the proxy's answer for a page request: HSTS (https only), the alternate-language Link header from
 * APP_URL, and, for pages rendered per request, a Content-Security-Policy with a fresh nonce that Next.js also
 * receives (it marks its scripts with it). A response that already carries a policy (a page from the explorer's
 * cache, rendered with its own) keeps it.
 */
export function withPageHeaders(request: NextRequest, response: NextResponse): NextResponse {
  const appUrl = process.env.APP_URL;
  const { pathname } = request.nextUrl;
  const { hsts, link } = pageRequestHeaders(pathname);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  if (link) response.headers.set("link", link);
  else response.headers.delete("link");
  if (!isCachedPagePath(pathname) && !response.headers.has("content-security-policy")) {
    const policy = noncePolicy(newNonce(), appUrl);
    forwardRequestHeader(response, request.headers, "content-security-policy", policy);
    response.headers.set("content-security-policy", policy);
  }
  return response;
}

/** The headers every page answer gets per request: HSTS (APP_URL https) and the alternate-language Link (or none). */
export function pageRequestHeaders(pathname: string): { hsts: string | null; link: string | null } {
  return { hsts: isHttpsAppUrl(process.env.APP_URL) ? HSTS_VALUE : null, link: alternateLinks(pathname, siteUrl()) };
}
