"use client";

/**
 * `<link rel="preload">` for KaTeX fonts, in the server's HTML only (React hoists them into <head>). In the browser it
 * renders nothing: the router renders the pages it prefetches (the lab, the article, linked from every page) ahead of
 * time, and there these links would fetch the fonts on pages that show no maths. A font a page needs after a
 * client-side navigation is found by the stylesheet as usual.
 */
export function KatexFontPreloads({ hrefs }: { hrefs: readonly string[] }) {
  if (typeof window !== "undefined") return null;
  return hrefs.map((href) => <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />);
}
