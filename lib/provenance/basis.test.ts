import { describe, expect, it } from "vitest";
import { basisOfSource, splitByBasis } from "./basis";

describe("basisOfSource", () => {
  it("is article for a § of the article, one or several", () => {
    expect(basisOfSource("§6.2")).toBe("article");
    expect(basisOfSource("§2.1, §6.2")).toBe("article");
    expect(basisOfSource("§7")).toBe("article");
  });
  it("is editorial for a link, the word editorial, or nothing", () => {
    expect(basisOfSource("https://example.org/paper")).toBe("editorial");
    expect(basisOfSource("editorial")).toBe("editorial");
    expect(basisOfSource("")).toBe("editorial");
    expect(basisOfSource(null)).toBe("editorial");
    expect(basisOfSource("§")).toBe("editorial");
  });
});

describe("splitByBasis", () => {
  it("counts the links the article states among all", () => {
    expect(splitByBasis(["article", "editorial", "editorial"])).toEqual({ total: 3, article: 1, editorial: 2 });
    expect(splitByBasis([])).toEqual({ total: 0, article: 0, editorial: 0 });
  });
});
