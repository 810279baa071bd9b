import { describe, expect, it } from "vitest";
import { excerpt, matchSnippet, plainText } from "./snippet";

const texts = {
  titleZh: "疾病诊断",
  titleEn: "Disease diagnosis",
  summaryZh: "在大量医疗数据上训练的模型辅助诊断。",
  summaryEn: "Models trained on large volumes of medical data that assist diagnosis.",
  bodyZh: "**文章所述**：深度学习可以提高诊断的准确性。",
  bodyEn: "**What the article says:** deep learning can make [diagnosis](https://example.org) more accurate.",
};

describe("matchSnippet", () => {
  it("searches a use case's editorial paragraphs as part of its body (issue 13)", () => {
    const withEditorial = { ...texts, editorialZh: "**通常涉及**：多模态数据融合。", editorialEn: "**What it typically involves:** combining clinical notes." };
    const s = matchSnippet(withEditorial, ["clinical"], "en");
    expect(s).toMatchObject({ field: "body", lang: "en", otherLanguage: false });
    expect(s?.segments.map((x) => x.text).join("")).toContain("What it typically involves: combining clinical notes.");
    expect(matchSnippet(withEditorial, ["多模态"], "zh")).toMatchObject({ field: "body", lang: "zh" });
    expect(matchSnippet(texts, ["clinical"], "en")).toBeNull();
  });

  it("shows the first matching field in the page's language, with the match marked", () => {
    const s = matchSnippet(texts, ["diagnoses"], "en");
    expect(s).toMatchObject({ field: "summary", lang: "en", otherLanguage: false });
    expect(s?.segments.filter((x) => x.match).map((x) => x.text)).toEqual(["diagnosis"]);
  });

  it("labels a match in the other language and shows that language's text", () => {
    const s = matchSnippet(texts, ["医疗"], "en");
    expect(s).toMatchObject({ field: "summary", lang: "zh", otherLanguage: true });
    expect(s?.segments.map((x) => x.text).join("")).toContain("医疗数据");
  });

  it("reads the body as plain text", () => {
    const s = matchSnippet(texts, ["accurate"], "en");
    expect(s).toMatchObject({ field: "body", lang: "en" });
    const shown = s?.segments.map((x) => x.text).join("") ?? "";
    expect(shown).toContain("says: deep learning can make diagnosis more accurate.");
    expect(shown).not.toMatch(/https|\*\*/);
  });

  it("has nothing to show without a text match (an alias match) or without terms", () => {
    expect(matchSnippet(texts, ["cv"], "en")).toBeNull();
    expect(matchSnippet(texts, [], "en")).toBeNull();
  });
});

describe("excerpt", () => {
  it("cuts a window around the first match with ellipses", () => {
    const text = `${"a ".repeat(100)}target ${"b ".repeat(100)}`;
    const segments = excerpt(text, ["target"])!;
    const joined = segments.map((s) => s.text).join("");
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined.length).toBeLessThan(170);
    expect(segments.find((s) => s.match)?.text).toBe("target");
  });

  it("is null when nothing matches", () => {
    expect(excerpt("nothing here", ["zebra"])).toBeNull();
    expect(plainText("# Title\n\n- item `code`")).toBe("Title item code");
  });
});
