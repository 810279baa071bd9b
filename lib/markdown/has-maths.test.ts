import { describe, expect, it } from "vitest";
import { rehypeNoteMaths, treeHasMaths, treeKatexPreloadFonts, type HastLike } from "./has-maths";

const el = (tagName: string, className: string[] | string | undefined, children: HastLike[] = []): HastLike => ({
  type: "element",
  tagName,
  properties: className === undefined ? {} : { className },
  children,
});
const text = (value: string): HastLike => ({ type: "text", value });
const root = (...children: HastLike[]): HastLike => ({ type: "root", children });

describe("treeHasMaths: does rendered markdown need KaTeX's stylesheet?", () => {
  it("yes for inline KaTeX output, however deep", () => {
    expect(treeHasMaths(root(el("p", undefined, [text("a "), el("span", ["katex"], [el("span", ["katex-html"])])])))).toBe(true);
    expect(treeHasMaths(root(el("ul", undefined, [el("li", undefined, [el("em", undefined, [el("span", "katex")])])])))).toBe(true);
  });

  it("yes for display maths (katex inside katex-display)", () => {
    expect(treeHasMaths(root(el("span", ["katex-display"], [el("span", ["katex"])])))).toBe(true);
  });

  it("no for text, code and maths KaTeX could not parse", () => {
    expect(treeHasMaths(root())).toBe(false);
    expect(treeHasMaths(root(el("p", undefined, [text("costs $5 and $10")])))).toBe(false);
    expect(treeHasMaths(root(el("pre", undefined, [el("code", ["language-js"], [text("$x$")])])))).toBe(false);
    expect(treeHasMaths(root(el("span", ["katex-error"], [text("\\frac")])))).toBe(false);
    expect(treeHasMaths(root(el("span", ["katexish", "not-katex"])))).toBe(false);
  });

  it("the plugin records the answer for the document it ran on", () => {
    const found = { maths: true };
    rehypeNoteMaths(found)(root(el("p", undefined, [text("plain")])));
    expect(found.maths).toBe(false);
    rehypeNoteMaths(found)(root(el("span", ["katex"])));
    expect(found.maths).toBe(true);
  });
});

describe("treeKatexPreloadFonts and the plugin's fonts", () => {
  it("reads the fonts from KaTeX's classes, leaving the MathML copy out", () => {
    const maths = el("span", ["katex"], [
      el("span", ["katex-mathml"], [text("x+1")]),
      el("span", ["katex-html"], [el("span", ["mord", "mathnormal"], [text("x")]), el("span", ["mbin"], [text("+")])]),
    ]);
    expect(treeKatexPreloadFonts(root(el("p", undefined, [text("see "), maths])))).toEqual(["KaTeX_Main-Regular.woff2", "KaTeX_Math-Italic.woff2"]);
    expect(treeKatexPreloadFonts(root(el("span", ["katex"], [el("span", ["katex-mathml"], [text("x")])])))).toEqual([]);
  });

  it("the plugin fills found.fonts when asked, and empties it without maths", () => {
    const found = { maths: false, fonts: ["stale"] };
    rehypeNoteMaths(found)(root(el("span", ["katex"], [el("span", ["mord", "mathnormal"], [text("y")])])));
    expect(found).toEqual({ maths: true, fonts: ["KaTeX_Math-Italic.woff2"] });
    rehypeNoteMaths(found)(root(el("p", undefined, [text("plain")])));
    expect(found).toEqual({ maths: false, fonts: [] });
  });
});
