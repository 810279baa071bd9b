import { describe, expect, it } from "vitest";
import { bibtex, bibtexKey, cslJson, escapeBibtex, plainCitation, type CiteInput } from "./format";

const en: CiteInput = {
  key: "risk-control",
  title: "Risk control",
  siteName: "Fusion Atlas",
  url: "https://atlas.example.org/en/use-cases/risk-control",
  locale: "en",
  updated: new Date("2026-11-30T10:00:00Z"),
  accessed: new Date("2026-12-06T09:30:00Z"),
};
const zh: CiteInput = { ...en, title: "风险控制", siteName: "跨界融合图谱", url: "https://atlas.example.org/zh/use-cases/risk-control", locale: "zh" };

describe("escapeBibtex", () => {
  it("escapes braces, &, %, $, #, _, ~, ^ and backslashes", () => {
    expect(escapeBibtex("R&D {fast} 100% $5 #1 a_b ~ ^ \\")).toBe(
      "R\\&D \\{fast\\} 100\\% \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("leaves CJK text as it is", () => {
    expect(escapeBibtex("智能投顾（金融）")).toBe("智能投顾（金融）");
  });
});

describe("bibtex", () => {
  it("is a @misc entry with the page's URL, the access date and a brace-protected title", () => {
    const out = bibtex(en);
    expect(out).toBe(
      [
        "@misc{fusion-atlas-risk-control,",
        "  title = {{Risk control}},",
        "  author = {{Fusion Atlas}},",
        "  organization = {Fusion Atlas},",
        "  year = {2026},",
        "  month = {11},",
        "  url = {https://atlas.example.org/en/use-cases/risk-control},",
        "  urldate = {2026-12-06},",
        "  note = {Accessed: 2026-12-06},",
        "  language = {english}",
        "}",
      ].join("\n"),
    );
  });

  it("keeps a CJK title and escapes special characters inside it", () => {
    const out = bibtex({ ...zh, title: "风险 & 合规 {草案} 50%" });
    expect(out).toContain("title = {{风险 \\& 合规 \\{草案\\} 50\\%}}");
    expect(out).toContain("author = {{跨界融合图谱}}");
    expect(out).toContain("note = {访问日期: 2026-12-06}");
    expect(out).toContain("url = {https://atlas.example.org/zh/use-cases/risk-control}");
    // Braces stay balanced whatever the title holds.
    const depth = [...out.replace(/\\[{}]/g, "")].reduce((d, ch) => (ch === "{" ? d + 1 : ch === "}" ? d - 1 : d), 0);
    expect(depth).toBe(0);
  });

  it("escapes % and # in a URL", () => {
    expect(bibtex({ ...en, url: "https://x.org/a%20b#c" })).toContain("url = {https://x.org/a\\%20b\\#c}");
  });

  it("makes an ASCII key", () => {
    expect(bibtexKey("风险控制")).toBe("fusion-atlas-entry");
    expect(bibtexKey("a b_c")).toBe("fusion-atlas-a-b-c");
  });
});

describe("plainCitation", () => {
  it("names the site, the title, the update, the URL and the access date, in the page's language", () => {
    expect(plainCitation(en)).toBe(
      'Fusion Atlas. "Risk control." Updated 2026-11-30. https://atlas.example.org/en/use-cases/risk-control (accessed 2026-12-06).',
    );
    expect(plainCitation(zh)).toBe(
      "跨界融合图谱.《风险控制》. 更新于 2026-11-30. https://atlas.example.org/zh/use-cases/risk-control（访问日期：2026-12-06）.",
    );
  });
});

describe("cslJson", () => {
  it("is a CSL-JSON array with one webpage item", () => {
    const [item] = JSON.parse(cslJson(zh));
    expect(item).toEqual({
      id: "fusion-atlas-risk-control",
      type: "webpage",
      title: "风险控制",
      author: [{ literal: "跨界融合图谱" }],
      "container-title": "跨界融合图谱",
      URL: "https://atlas.example.org/zh/use-cases/risk-control",
      issued: { "date-parts": [[2026, 11, 30]] },
      accessed: { "date-parts": [[2026, 12, 6]] },
      language: "zh-CN",
    });
  });
});
