import { describe, expect, it } from "vitest";
import { filterOptions, optionMatches } from "./relation-filter";

const nlp = { slug: "nlp", nameEn: "Natural language processing", nameZh: "自然语言处理" };
const cv = { slug: "computer-vision", nameEn: "Computer vision", nameZh: "计算机视觉", aliases: ["CV"] };

describe("relation picker filter", () => {
  it("matches English, Chinese, slug and aliases, ignoring case", () => {
    expect(optionMatches(nlp, "LANGUAGE")).toBe(true);
    expect(optionMatches(nlp, "语言")).toBe(true);
    expect(optionMatches(nlp, "nlp")).toBe(true);
    expect(optionMatches(cv, "cv")).toBe(true);
    expect(optionMatches(cv, "语言")).toBe(false);
  });

  it("needs every word of the query, in either language", () => {
    expect(optionMatches(cv, "视觉 computer")).toBe(true);
    expect(optionMatches(cv, "视觉 language")).toBe(false);
  });

  it("an empty query keeps everything, in order", () => {
    expect(filterOptions([nlp, cv], "  ")).toEqual([nlp, cv]);
    expect(filterOptions([nlp, cv], "视觉")).toEqual([cv]);
  });
});
