// The URL of KaTeX's stylesheet as this app serves it (app/katex/[version]/…), for pages whose content has maths.
// No Node, no React: the admin editor's preview (a client component) links it too. The version in the path makes
// the URL safe to cache forever; lib/katex/stylesheet.test.ts fails when it no longer names the installed KaTeX.

/** The installed KaTeX's version (package.json pins it). */
export const KATEX_VERSION = "0.19.1";

/** The stylesheet; its fonts are under `fonts/` beside it. */
export const KATEX_STYLESHEET_HREF = `/katex/${KATEX_VERSION}/katex.css`;
