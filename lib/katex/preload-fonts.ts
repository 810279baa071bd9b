// Which of KaTeX's fonts a page's typeset maths draws its text in, so that the page can preload them (pure: no Node,
// no React). KaTeX's fonts are found by the browser only once the stylesheet is in and the maths laid out, after the
// text has been painted in a fallback font; the swap then moves the line (a layout shift). Only the two fonts nearly
// every formula uses are preloaded — the upright one (digits, operators, brackets) and the italic one (variables) —
// and each only when the maths really draws text in it, so no page preloads a font it does not use.

import { KATEX_VERSION } from "./stylesheet-href";

/** The fonts worth preloading, as the stylesheet names them (fonts/… beside katex.css). */
export const KATEX_MAIN_REGULAR = "KaTeX_Main-Regular.woff2";
export const KATEX_MATH_ITALIC = "KaTeX_Math-Italic.woff2";

/** A font file's URL as the stylesheet's `url(fonts/…)` resolves it (a preload must name the very same URL). */
export function katexFontHref(file: string): string {
  return `/katex/${KATEX_VERSION}/fonts/${file}`;
}

// KaTeX's classes that set a font family for what is inside them (katex.css). The nearest such class decides; text
// under none of them is in `.katex`'s own font, KaTeX_Main (regular).
const FONT_OF_CLASS: Record<string, string> = {
  mathnormal: KATEX_MATH_ITALIC,
  mathrm: KATEX_MAIN_REGULAR,
  textrm: KATEX_MAIN_REGULAR,
  mathit: "KaTeX_Main-Italic.woff2",
  textit: "KaTeX_Main-Italic.woff2",
  mathbf: "KaTeX_Main-Bold.woff2",
  textbf: "KaTeX_Main-Bold.woff2",
  boldsymbol: "KaTeX_Math-BoldItalic.woff2",
  amsrm: "KaTeX_AMS-Regular.woff2",
  mathbb: "KaTeX_AMS-Regular.woff2",
  textbb: "KaTeX_AMS-Regular.woff2",
  mathcal: "KaTeX_Caligraphic-Regular.woff2",
  mathfrak: "KaTeX_Fraktur-Regular.woff2",
  textfrak: "KaTeX_Fraktur-Regular.woff2",
  mathtt: "KaTeX_Typewriter-Regular.woff2",
  texttt: "KaTeX_Typewriter-Regular.woff2",
  mathscr: "KaTeX_Script-Regular.woff2",
  textscr: "KaTeX_Script-Regular.woff2",
  mathsf: "KaTeX_SansSerif-Regular.woff2",
  textsf: "KaTeX_SansSerif-Regular.woff2",
  "delim-size1": "KaTeX_Size1-Regular.woff2",
  "delim-size4": "KaTeX_Size4-Regular.woff2",
  "small-op": "KaTeX_Size1-Regular.woff2",
  "large-op": "KaTeX_Size2-Regular.woff2",
};
// `.delimsizing.sizeN` sets a delimiter's font; `.sizing.sizeN` (sub- and superscripts) only its size.
const DELIMITER_FONT_OF_CLASS: Record<string, string> = {
  size1: "KaTeX_Size1-Regular.woff2",
  size2: "KaTeX_Size2-Regular.woff2",
  size3: "KaTeX_Size3-Regular.woff2",
  size4: "KaTeX_Size4-Regular.woff2",
};

const PRELOADED = [KATEX_MAIN_REGULAR, KATEX_MATH_ITALIC] as const;

/** A walk over typeset maths: elements with their classes, and text. */
export interface MathsWalker {
  open(classes: readonly string[]): void;
  close(): void;
  text(value: string): void;
}

/**
 * Collects the fonts the walked markup draws text in. The MathML copy (`.katex-mathml`, for screen readers; the
 * browser sets it in its own maths font) and anything outside `.katex` are left out.
 */
export function fontCollector(): MathsWalker & { fonts(): string[] } {
  // Per open element: whether it is inside .katex, inside .katex-mathml, and the font in force.
  const stack: Array<{ katex: boolean; mathml: boolean; font: string | null }> = [{ katex: false, mathml: false, font: null }];
  const used = new Set<string>();
  return {
    open(classes) {
      const parent = stack[stack.length - 1] as (typeof stack)[number];
      const katex = parent.katex || classes.includes("katex");
      const mathml = parent.mathml || classes.includes("katex-mathml");
      let font = parent.font ?? (katex ? KATEX_MAIN_REGULAR : null);
      const delimiter = classes.includes("delimsizing");
      for (const c of classes) font = FONT_OF_CLASS[c] ?? (delimiter ? DELIMITER_FONT_OF_CLASS[c] : undefined) ?? font;
      stack.push({ katex, mathml, font });
    },
    close() {
      if (stack.length > 1) stack.pop();
    },
    text(value) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      if (!top.katex || top.mathml || !top.font || value.trim() === "") return;
      used.add(top.font);
    },
    fonts: () => PRELOADED.filter((f) => used.has(f)),
  };
}

const VOID = new Set(["br", "img", "hr", "wbr", "input", "meta", "link"]);

/** The fonts to preload for KaTeX's HTML output (as `katex.renderToString` writes it). */
export function katexPreloadFontsInHtml(html: string): string[] {
  const walker = fontCollector();
  // KaTeX's output is machine-written: tags, attribute values in double quotes, text with its entities escaped.
  const token = /<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(token)) {
    if (m[1] !== undefined) walker.close();
    else if (m[2] !== undefined) {
      const classes = /\sclass="([^"]*)"/.exec(m[3] ?? "")?.[1]?.split(/\s+/).filter(Boolean) ?? [];
      if (m[4] === "/" || VOID.has(m[2].toLowerCase())) continue;
      walker.open(classes);
    } else if (m[5] !== undefined) walker.text(m[5]);
  }
  return walker.fonts();
}

/** The fonts to preload for several pieces of KaTeX HTML, once each. */
export function katexPreloadFonts(htmls: readonly string[]): string[] {
  const all = new Set(htmls.flatMap((h) => katexPreloadFontsInHtml(h)));
  return PRELOADED.filter((f) => all.has(f));
}
