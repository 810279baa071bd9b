import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { katexCss, sourceCss } from "../scripts/katex-css.mjs";

describe("styles/katex.css", () => {
  const committed = fs.readFileSync(path.join(__dirname, "katex.css"), "utf8");

  it("is KaTeX's stylesheet for the installed version (run `node scripts/katex-css.mjs` after an upgrade)", () => {
    expect(committed).toBe(katexCss(sourceCss()));
  });

  it("swaps every self-hosted font in, and every font file it names exists", () => {
    expect(committed).not.toContain("font-display:block");
    expect(committed.match(/font-display:swap/g)?.length).toBeGreaterThanOrEqual(20);
    const files = [...committed.matchAll(/url\((\.\.\/node_modules\/katex\/dist\/fonts\/[^)]+)\)/g)].map((m) => m[1] as string);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(fs.existsSync(path.join(__dirname, file)), file).toBe(true);
  });
});
