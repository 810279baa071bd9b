// KaTeX's stylesheet as served (pure: no Node, no React). KaTeX ships `font-display: block`, which hides formula text
// until the fonts arrive; the served copy swaps them in. Its fonts keep KaTeX's relative `url(fonts/…)`, so they are
// fetched from beside the stylesheet; only the font files the stylesheet names are served.

/** KaTeX's katex.min.css with every font set to `font-display: swap`. */
export function servedKatexCss(source: string): string {
  return source.replaceAll("font-display:block", "font-display:swap");
}

/** The font files (bare names, e.g. `KaTeX_AMS-Regular.woff2`) that the stylesheet refers to, unique, in order. */
export function referencedFonts(css: string): string[] {
  return [...new Set([...css.matchAll(/url\(["']?fonts\/([A-Za-z0-9_-]+\.(?:woff2|woff|ttf))["']?\)/g)].map((m) => m[1] as string))];
}

const FONT_TYPES: Record<string, string> = { woff2: "font/woff2", woff: "font/woff", ttf: "font/ttf" };

/** The Content-Type of a KaTeX font file, or null for anything else. */
export function fontContentType(name: string): string | null {
  const ext = /\.([a-z0-9]+)$/.exec(name)?.[1];
  return (ext && FONT_TYPES[ext]) ?? null;
}

/** Cache-Control of the versioned assets: the URL changes with the KaTeX version, so a copy never goes stale. */
export const KATEX_ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";
