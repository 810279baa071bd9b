import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, routing } from "./i18n/routing";

const intl = createMiddleware(routing);

// Only "/" negotiates a language (cookie, then Accept-Language). Locale-prefixed paths go through next-intl so the
// locale cookie follows the visitor's choice. Any other path (an unknown prefix such as /xx/… included) shows the
// localized 404 page in place: a 404, never a redirect.
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if (pathname === "/" || isLocale(first)) return intl(request);
  const locale = preferredLocale(request);
  return NextResponse.rewrite(new URL(`/${locale}/__not-found${pathname}`, request.url));
}

function preferredLocale(request: NextRequest): "en" | "zh" {
  const cookie = request.cookies.get("NEXT_LOCALE")?.value;
  if (cookie && isLocale(cookie)) return cookie;
  return /^\s*zh\b/i.test(request.headers.get("accept-language") ?? "") ? "zh" : "en";
}

export const config = {
  // Everything but the API, Next's own assets and root files with an extension (sitemap.xml, robots.txt, icons).
  matcher: ["/((?!api/|_next/|_vercel/|.*\\.[A-Za-z0-9]+$).*)"],
};
