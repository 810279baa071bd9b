/**
 * The path of `href` inside `locale`, as next-intl's `Link` builds it with `localePrefix: "always"`:
 * "/" → "/en", "/domains?x=1" → "/en/domains?x=1", "/?q=a" → "/en?q=a". Anything that is not a path on this site
 * (an absolute or protocol-relative URL, "#…", "?…") is returned unchanged.
 */
export function localizeHref(href: string, locale: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  if (href === "/" || href.startsWith("/?") || href.startsWith("/#")) return `/${locale}${href.slice(1)}`;
  return `/${locale}${href}`;
}

/** The path without its leading locale segment ("/en/domains" → "/domains", "/en" → "/"); other paths unchanged. */
export function stripLocale(pathname: string, locale: string): string {
  if (pathname === `/${locale}`) return "/";
  return pathname.startsWith(`/${locale}/`) ? pathname.slice(locale.length + 1) : pathname;
}
