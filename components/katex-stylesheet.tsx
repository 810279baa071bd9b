import { cache } from "react";
import { KatexFontPreloads } from "@/components/katex-font-preloads";
import { katexFontHref } from "@/lib/katex/preload-fonts";
import { KATEX_STYLESHEET_HREF } from "@/lib/katex/stylesheet-href";

/** The fonts already preloaded by this server render (React's per-request cache; in the browser, no memory). */
const preloadedFonts = cache(() => new Set<string>());

/**
 * KaTeX's stylesheet, for content that has typeset maths. React hoists it into <head>, loads it once per page however
 * many formulas link it, and waits for it before showing what it styles. Pages without maths never load it.
 *
 * `preload`: the KaTeX fonts the maths draws its text in (lib/katex/preload-fonts.ts), fetched from <head> along with
 * the stylesheet rather than after the maths is laid out, so the text is not painted in a fallback font first and
 * moved when the font arrives. Only in the server's HTML (katex-font-preloads.tsx), not ReactDOM.preload: a hint, or
 * a link rendered in the browser, would also come with the router's prefetches and fetch the fonts on pages that only
 * link to maths. Each font is named once per server render.
 */
export function KatexStylesheet({ preload = [] }: { preload?: readonly string[] }) {
  const done = preloadedFonts();
  const fonts = preload.filter((f) => !done.has(f));
  for (const f of fonts) done.add(f);
  return (
    <>
      <link rel="stylesheet" href={KATEX_STYLESHEET_HREF} precedence="default" />
      {fonts.length > 0 ? <KatexFontPreloads hrefs={fonts.map(katexFontHref)} /> : null}
    </>
  );
}
