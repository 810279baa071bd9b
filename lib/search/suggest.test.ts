import { describe, expect, it } from "vitest";
import { allowedDistance, buildLexicon, editDistance, suggestQueries } from "./suggest";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps, by code point", () => {
    expect(editDistance("planing", "planning")).toBe(1);
    expect(editDistance("diagnosys", "diagnosis")).toBe(1);
    expect(editDistance("teh", "the")).toBe(1);
    expect(editDistance("机器视角", "机器视觉")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  it("allows one edit per four characters", () => {
    expect([1, 4, 7, 8, 13].map(allowedDistance)).toEqual([1, 1, 1, 2, 3]);
  });
});

describe("suggestQueries", () => {
  const lexicon = buildLexicon(["Route planning", "Disease diagnosis", "Medical image analysis", "机器视觉", "Computer vision", "CV", "risk"]);

  it("offers the close whole phrase first", () => {
    expect(suggestQueries("route planing", lexicon)[0]).toBe("Route planning");
    expect(suggestQueries("机器视角", lexicon)).toContain("机器视觉");
    expect(suggestQueries("computer visoin", lexicon)[0]).toBe("Computer vision");
  });

  it("corrects misspelt words one by one", () => {
    expect(suggestQueries("diagnosys medical", lexicon)).toContain("diagnosis medical");
  });

  it("offers nothing for nonsense, exact queries or short words", () => {
    expect(suggestQueries("zzzzqqq", lexicon)).toEqual([]);
    expect(suggestQueries("route planning", lexicon)).toEqual([]);
    expect(suggestQueries("", lexicon)).toEqual([]);
    expect(suggestQueries("cx", lexicon).includes("CV")).toBe(true);
  });
});
