import { describe, expect, it } from "vitest";
import { textMatches, wordStem } from "@/lib/search/terms";
import { StemIndex } from "./stem-index";

describe("StemIndex", () => {
  const words = ["route", "routes", "routing", "router", "routine", "rout", "imaging", "images", "image", "imagine", "diagnosis", "diagnoses", "café", "x", "ray", "a", "ab"];
  const index = new StemIndex();
  for (const w of words) index.add(w);
  index.add("route");

  it("counts each word once", () => {
    expect(index.size).toBe(words.length);
  });

  it("finds exactly the words a one-word term matches (terms.ts is the definition)", () => {
    for (const term of ["route", "routing", "imaging", "diagnoses", "cafe", "café", "x", "a", "rou", "zzz", "imagination"]) {
      const expected = words.filter((w) => textMatches(w, term)).sort();
      expect([...index.withStemPrefix(wordStemOf(term))].sort(), term).toEqual(expected);
    }
  });

  it("finds the words of one stem exactly", () => {
    expect(index.withStem(wordStem("images")).sort()).toEqual(["image", "images", "imaging"].filter((w) => wordStem(w) === wordStem("images")));
    expect(index.withStem(wordStem("images")).length).toBeGreaterThan(1);
    expect(index.withStem("nothing")).toEqual([]);
  });

  it("keeps finding words added after a lookup", () => {
    const grown = new StemIndex();
    grown.add("zebra");
    expect(grown.withStemPrefix("zebra")).toEqual(["zebra"]);
    grown.add("zebras");
    grown.add("apple");
    expect(grown.withStemPrefix("zebra").sort()).toEqual(["zebra", "zebras"]);
    expect(grown.withStemPrefix("appl")).toEqual(["apple"]);
  });
});

function wordStemOf(term: string): string {
  // The term's (only) word, stemmed as the index stems it.
  return wordStem(term);
}
