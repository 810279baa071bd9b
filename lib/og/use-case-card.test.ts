import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { OG_FONT_FILES, ogFonts } from "./fonts";
import { clip, renderUseCaseCard, type UseCaseCard } from "./use-case-card";

const base: UseCaseCard = { siteName: "跨界融合图谱", domain: "教育", title: "", summary: "", lang: "zh" };

async function png(card: UseCaseCard): Promise<Buffer> {
  const res = await renderUseCaseCard(card);
  return Buffer.from(await res.arrayBuffer());
}

describe("OpenGraph fonts", () => {
  it("loads the bundled Noto Sans SC TTFs once", async () => {
    for (const file of Object.values(OG_FONT_FILES)) {
      // TrueType files start with the sfnt version 0x00010000.
      expect(fs.readFileSync(file).subarray(0, 4).toString("hex")).toBe("00010000");
    }
    const first = await ogFonts();
    expect(first.map((f) => f.weight).sort()).toEqual([400, 700]);
    expect(first[0]!.data.byteLength).toBeGreaterThan(5_000_000);
    // Same array each time: satori caches the parsed fonts by this array's identity.
    expect(await ogFonts()).toBe(first);
  });
});

describe("use-case card", () => {
  it("renders Chinese titles as real glyphs, not tofu or nothing", async () => {
    // Two different titles of the same length: with a font that lacks the glyphs both would render the same
    // boxes (or nothing at all), so identical images mean the Chinese text did not render.
    const a = await png({ ...base, title: "智能辅导系统" });
    const b = await png({ ...base, title: "药物研发加速" });
    const empty = await png({ ...base, title: "" });
    expect(a.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(a.equals(b)).toBe(false);
    expect(a.equals(empty)).toBe(false);
    expect(a.length).toBeGreaterThan(empty.length);
  });

  it("clips long text at a boundary", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip("one two three four five", 16)).toBe("one two three…");
    expect(Array.from(clip("一二三四五六七八九十", 5))).toHaveLength(5);
  });
});
