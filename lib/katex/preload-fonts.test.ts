import katex from "katex";
import { describe, expect, it } from "vitest";
import { KATEX_MAIN_REGULAR, KATEX_MATH_ITALIC, katexFontHref, katexPreloadFonts, katexPreloadFontsInHtml } from "./preload-fonts";
import { KATEX_VERSION } from "./stylesheet-href";

const render = (tex: string, displayMode = false) => katex.renderToString(tex, { displayMode, output: "htmlAndMathml", throwOnError: false });

describe("KaTeX fonts to preload", () => {
  it("inline maths with variables and operators: the upright and the italic font", () => {
    expect(katexPreloadFontsInHtml(render("\\sigma(x) = \\frac{1}{1 + e^{-x}}"))).toEqual([KATEX_MAIN_REGULAR, KATEX_MATH_ITALIC]);
  });

  it("only the fonts the text is drawn in", () => {
    // Digits and operators only: no italic letter.
    expect(katexPreloadFontsInHtml(render("1 + 2 = 3"))).toEqual([KATEX_MAIN_REGULAR]);
    // A lone variable: only the italic font (the MathML copy is set in the browser's own maths font).
    expect(katexPreloadFontsInHtml(render("x"))).toEqual([KATEX_MATH_ITALIC]);
    // Blackboard bold and upright text in other fonts: neither.
    expect(katexPreloadFontsInHtml(render("\\mathbb{R}"))).toEqual([]);
    expect(katexPreloadFontsInHtml(render("\\mathbf{W}"))).toEqual([]);
  });

  it("subscripts keep their font (a size class is not a delimiter's font)", () => {
    expect(katexPreloadFontsInHtml(render("\\mathbb{R}_2"))).toEqual([KATEX_MAIN_REGULAR]);
  });

  it("nothing for HTML without KaTeX, or maths KaTeX could not parse", () => {
    expect(katexPreloadFontsInHtml("<p>plain text, $5</p>")).toEqual([]);
    expect(katexPreloadFontsInHtml(render("\\frac{", false))).toEqual([]);
  });

  it("several formulas: each font once, in a fixed order", () => {
    expect(katexPreloadFonts([render("x"), render("1+1"), render("y", true)])).toEqual([KATEX_MAIN_REGULAR, KATEX_MATH_ITALIC]);
    expect(katexPreloadFonts([])).toEqual([]);
  });

  it("names the URL the stylesheet's url(fonts/…) resolves to", () => {
    expect(katexFontHref(KATEX_MAIN_REGULAR)).toBe(`/katex/${KATEX_VERSION}/fonts/KaTeX_Main-Regular.woff2`);
  });
});
