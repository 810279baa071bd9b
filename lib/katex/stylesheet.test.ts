import fs from "node:fs";
import path from "node:path";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { fontContentType, referencedFonts, servedKatexCss } from "./stylesheet";
import { KATEX_STYLESHEET_HREF, KATEX_VERSION } from "./stylesheet-href";

const DIST = path.join(__dirname, "..", "..", "node_modules", "katex", "dist");
const source = fs.readFileSync(path.join(DIST, "katex.min.css"), "utf8");

describe("KaTeX's stylesheet as served", () => {
  it("is linked under the installed KaTeX's version (update stylesheet-href.ts after upgrading katex)", () => {
    expect(KATEX_VERSION).toBe(katex.version);
    expect(KATEX_STYLESHEET_HREF).toBe(`/katex/${katex.version}/katex.css`);
  });

  it("swaps every font in and changes nothing else", () => {
    const css = servedKatexCss(source);
    expect(source).toContain("font-display:block");
    expect(css).not.toContain("font-display:block");
    expect(css.match(/font-display:swap/g)?.length).toBe(source.match(/font-display:block/g)?.length);
    expect(css.replaceAll("font-display:swap", "font-display:block")).toBe(source);
  });

  it("names only font files that exist beside it, each with a font Content-Type", () => {
    const fonts = referencedFonts(servedKatexCss(source));
    expect(fonts.length).toBeGreaterThanOrEqual(20);
    expect(fonts).toContain("KaTeX_Main-Regular.woff2");
    for (const name of fonts) {
      expect(fs.existsSync(path.join(DIST, "fonts", name)), name).toBe(true);
      expect(fontContentType(name), name).toMatch(/^font\/(woff2|woff|ttf)$/);
    }
  });

  it("reads font names from url(…) with or without quotes, never a path", () => {
    const css = `a{src:url(fonts/A-B.woff2)}b{src:url("fonts/C_D.ttf")}c{src:url(fonts/../x.woff)}d{src:url(other/E.woff)}`;
    expect(referencedFonts(css)).toEqual(["A-B.woff2", "C_D.ttf"]);
    expect(fontContentType("x.css")).toBeNull();
    expect(fontContentType("x")).toBeNull();
  });
});
