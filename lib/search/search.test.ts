import { describe, expect, it } from "vitest";
import { ftsString, matchExpression, prefixRange } from "./fts";
import { highlightRanges, highlightSegments } from "./highlight";
import { isShortTerm, MAX_TERMS, searchTerms } from "./terms";

describe("searchTerms", () => {
  it("splits on ASCII and ideographic spaces, lower-cases and de-duplicates", () => {
    expect(searchTerms("  Route   planning ROUTE ")).toEqual(["route", "planning"]);
    expect(searchTerms("医疗\u3000影像")).toEqual(["医疗", "影像"]);
    expect(searchTerms("医疗影像分析")).toEqual(["医疗影像分析"]);
  });

  it("keeps search syntax as literal text and drops control characters", () => {
    expect(searchTerms(`"route" OR NEAR(a b) rou* 1=1;--`)).toEqual([`"route"`, "or", "near(a", "b)", "rou*", "1=1;--"]);
    expect(searchTerms("a\u0000b\u001fc")).toEqual(["a", "b", "c"]);
    expect(searchTerms("")).toEqual([]);
  });

  it("caps the number of terms", () => {
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `t${i}`).join(" "))).toHaveLength(MAX_TERMS);
  });

  it("calls one- and two-character terms short, counting code points", () => {
    expect(isShortTerm("医疗")).toBe(true);
    expect(isShortTerm("ai")).toBe(true);
    expect(isShortTerm("影像学")).toBe(false);
    expect(isShortTerm("𠀀𠀀")).toBe(true);
  });
});

describe("FTS escaping", () => {
  it("quotes every term and doubles embedded quotes", () => {
    expect(ftsString(`say "hi"`)).toBe(`"say ""hi"""`);
    expect(ftsString("NEAR(")).toBe(`"NEAR("`);
  });

  it.each([
    [`"route"`, `"""route"""`],
    ["rou*", `"rou*"`],
    ["near(a", `"near(a"`],
    ["and", `"and"`],
    ["'); drop table usecase; --", `"'); drop table usecase; --"`],
    [`x" OR "y`, `"x"" OR ""y"`],
  ])("turns %s into the single literal %s", (term, expected) => {
    expect(matchExpression([term], new Map())).toBe(expected);
  });

  it("ANDs the terms and ORs the trigrams of a short term", () => {
    const expansions = new Map([["医疗", ["医疗健", "医疗影", "医疗\u001f"]], ["ai", ["ai\u001f"]]]);
    expect(matchExpression(["route", "医疗", "ai"], expansions)).toBe(`"route" AND ("医疗健" OR "医疗影" OR "医疗\u001f") AND "ai\u001f"`);
  });

  it("reports that nothing can match when a short term has no trigram", () => {
    expect(matchExpression(["route", "zz"], new Map([["zz", []]]))).toBeNull();
    expect(matchExpression([], new Map())).toBeNull();
  });

  it("looks short terms up by prefix", () => {
    const { from, to } = prefixRange("医疗");
    expect("医疗影" >= from && "医疗影" < to).toBe(true);
    expect("医疗\u001f" >= from && "医疗\u001f" < to).toBe(true);
    expect("医生" >= from && "医生" < to).toBe(false);
  });
});

describe("highlighting", () => {
  it("finds every occurrence case-insensitively and merges overlaps", () => {
    expect(highlightRanges("Route planning: routes and ROUTING", ["route"])).toEqual([[0, 5], [16, 21]]);
    expect(highlightRanges("医疗影像分析", ["医疗", "疗影", "分析"])).toEqual([[0, 3], [4, 6]]);
    expect(highlightRanges("abc", [])).toEqual([]);
  });

  it("treats regular-expression characters literally", () => {
    expect(highlightRanges("a.b a+b (c)", ["a+b", "(c)", "."])).toEqual([[1, 2], [4, 7], [8, 11]]);
  });

  it("cuts text into marked and plain segments", () => {
    expect(highlightSegments("Medical image analysis", ["image"])).toEqual([
      { text: "Medical ", match: false },
      { text: "image", match: true },
      { text: " analysis", match: false },
    ]);
    expect(highlightSegments("", ["x"])).toEqual([{ text: "", match: false }]);
    expect(highlightSegments("影像", ["影像"])).toEqual([{ text: "影像", match: true }]);
  });
});
