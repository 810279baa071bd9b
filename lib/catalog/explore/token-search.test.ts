import { describe, expect, it } from "vitest";
import { StemIndex } from "./stem-index";
import { termTokens } from "./token-search";

describe("termTokens", () => {
  const none = new StemIndex();

  it("narrows every substring term that is not only caseless letters by its LIKE (no term reads every text)", () => {
    for (const term of ["ⓐ", "ⓐⓑ", "\u0345", "ai医疗", "5g网络", "gpt模型", "%", "—", "医疗,"]) {
      expect(termTokens(term, none)?.like, term).toBe(true);
    }
  });

  it("checks in JS only the terms with case; LIKE decides the others", () => {
    expect(termTokens("ai医疗", none)).toEqual({ groups: [["医疗"]], like: true, check: true });
    expect(termTokens("ⓐ", none)).toEqual({ groups: [], like: true, check: true });
    expect(termTokens("%", none)).toEqual({ groups: [], like: true, check: false });
    expect(termTokens("医疗", none)).toEqual({ groups: [["医疗"]], like: false, check: false });
  });
});
