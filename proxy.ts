import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Only "/" negotiates a language (cookie, then Accept-Language). Locale-prefixed paths pass through so the locale
// cookie follows the visitor's choice. Nothing else is matched, so an unknown prefix is a 404, never a redirect.
export default createMiddleware(routing);

export const config = {
  matcher: ["/", "/(en|zh)", "/(en|zh)/:path*"],
};
