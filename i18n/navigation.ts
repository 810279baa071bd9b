// Locale-aware navigation: `Link` ("/domains" → "/en/domains"), `usePathname` (without the locale) and `useRouter`.
// Our own small versions rather than next-intl's createNavigation: that one, once imported by a page, puts its Link
// and next-intl's client runtime (use-intl with its message parser, ~12 kB gzip) into the page's JavaScript.
export { LocaleLink as Link } from "./locale-link";
export { usePathname, useRouter } from "./locale-hooks";
