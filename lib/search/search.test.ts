import { describe, expect, it } from "vitest";
import { ftsString, matchPlan, prefixRange, termsToExpand } from "./fts";
import { highlightRanges, highlightSegments } from "./highlight";
import { isShortTerm, MAX_TERMS, searchTerms, termKind, termPiece, textMatches } from "./terms";

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

  it("calls CJK terms and terms without word characters substrings, the rest words", () => {
    expect(termKind("医疗")).toBe("substring");
    expect(termKind("ai医疗")).toBe("substring");
    expect(termKind("route")).toBe("word");
    expect(termKind("x-ray")).toBe("word");
    expect(termKind("*")).toBe("substring");
    expect(termKind(`"("`)).toBe("substring");
    expect(isShortTerm("医疗")).toBe(true);
    expect(isShortTerm("影像学")).toBe(false);
    expect(isShortTerm("𠀀𠀀")).toBe(true);
  });
});

describe("what matches", () => {
  it("finds CJK terms anywhere and word terms at the start of words", () => {
    expect(textMatches("医疗影像分析", "影像")).toBe(true);
    expect(textMatches("Route planning", "route")).toBe(true);
    expect(textMatches("routes and routing", "route")).toBe(true);
    expect(textMatches("subroute", "route")).toBe(false);
    expect(textMatches("Chest X-ray images", "x-ray")).toBe(true);
    expect(textMatches("使用GPT模型", "gpt")).toBe(true);
    expect(textMatches("anything", "*")).toBe(false);
    expect(textMatches("a*b", "*")).toBe(true);
  });
});

describe("stems", () => {
  it("matches English inflections through their Porter stems, the last word as a prefix", () => {
    expect(textMatches("Medical images", "imaging")).toBe(true);
    expect(textMatches("Medical imaging", "images")).toBe(true);
    expect(textMatches("Disease diagnosis", "diagnoses")).toBe(true);
    expect(textMatches("Route plans", "planning")).toBe(true);
    expect(textMatches("Chest X-rays", "x-ray")).toBe(true);
    expect(textMatches("magic images", "imagery")).toBe(false);
    expect(textMatches("Café", "cafe")).toBe(true);
  });

  it("narrows candidates with a piece every matching text contains", () => {
    expect(termPiece("imaging")).toBe("im");
    expect(termPiece("diagnoses")).toBe("diagn");
    expect(termPiece("cv")).toBe("");
    expect(termPiece("医疗")).toBe("医疗");
    for (const [word, text] of [["ability", "abilities"], ["happy", "happiness"], ["possibly", "possible"], ["planning", "plans"]]) {
      expect(textMatches(text, word), `${word} in ${text}`).toBe(true);
      expect(text.includes(termPiece(word)), `${termPiece(word)} in ${text}`).toBe(true);
    }
  });

  it("marks the whole matching word", () => {
    expect(highlightSegments("Medical images", ["imaging"])).toEqual([
      { text: "Medical ", match: false },
      { text: "images", match: true },
    ]);
  });
});

describe("FTS escaping", () => {
  it("quotes every term and doubles embedded quotes", () => {
    expect(ftsString(`say "hi"`)).toBe(`"say ""hi"""`);
    expect(ftsString("NEAR(")).toBe(`"NEAR("`);
  });

  it.each([
    [`"route"`, `"""route"""*`],
    ["rou*", `"rou*"*`],
    ["near(a", `"near(a"*`],
    ["and", `"and"*`],
    ["drop');", `"drop');"*`],
    [`x" OR "y`, `"x"""*`],
  ])("turns the word term %s into the single literal %s", (typed, expected) => {
    const [term] = searchTerms(typed);
    expect(matchPlan([term], new Map())).toEqual({ trigram: null, words: expected });
  });

  it("ANDs the terms and ORs the trigrams of a short substring term", () => {
    const expansions = new Map([["医疗", ["医疗健", "医疗影", "医疗\u001f"]]]);
    expect(matchPlan(["route", "医疗", "影像分析", "x-ray"], expansions)).toEqual({
      trigram: `("医疗健" OR "医疗影" OR "医疗\u001f") AND "影像分析"`,
      words: `"route"* AND "x-ray"*`,
    });
    expect(termsToExpand(["route", "医疗", "影像分析", "*"])).toEqual(["医疗", "*"]);
  });

  it("reports that nothing can match when a short term has no trigram", () => {
    expect(matchPlan(["route", "z医"], new Map([["z医", []]]))).toBeNull();
    expect(matchPlan(["*"], new Map())).toBeNull();
  });

  it("looks short terms up by prefix", () => {
    const { from, to } = prefixRange("医疗");
    expect("医疗影" >= from && "医疗影" < to).toBe(true);
    expect("医疗\u001f" >= from && "医疗\u001f" < to).toBe(true);
    expect("医生" >= from && "医生" < to).toBe(false);
  });
});

describe("highlighting", () => {
  it("marks what the search matched, case-insensitively, merging overlaps", () => {
    expect(highlightRanges("Route planning: routes, subroutes and ROUTING", ["route"])).toEqual([[0, 5], [16, 22], [38, 45]]);
    expect(highlightRanges("医疗影像分析", ["医疗", "疗影", "分析"])).toEqual([[0, 3], [4, 6]]);
    expect(highlightRanges("abc", [])).toEqual([]);
  });

  it("treats regular-expression characters literally, and punctuation in word terms as word breaks", () => {
    expect(highlightRanges("a.b a+b (c)", ["a+b", "(c)"])).toEqual([[0, 3], [4, 7], [9, 10]]);
    expect(highlightRanges("1+1=2 a*b", ["*"])).toEqual([[7, 8]]);
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
