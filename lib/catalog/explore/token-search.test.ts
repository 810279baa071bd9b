import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { StemIndex } from "./stem-index";
import { INDEXED_STEM, MAX_WORD, termTokens } from "./token-search";

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

  it("finds a word the index keeps cut to MAX_WORD characters by a term longer than that, and checks it exactly", () => {
    const long = "acgt".repeat(100); // 400 characters, over Porter's 64 bytes: its own stem
    const vocabulary = new StemIndex();
    vocabulary.add(long.slice(0, MAX_WORD));
    vocabulary.add("acgtacgt");
    const plan = termTokens(long.slice(0, 300), vocabulary);
    expect(plan).toEqual({ groups: [[long.slice(0, MAX_WORD)]], like: false, check: true });
    // Up to INDEXED_STEM characters the index decides, as for any word.
    expect(termTokens(long.slice(0, INDEXED_STEM), vocabulary)).toEqual({ groups: [[long.slice(0, MAX_WORD)]], like: false, check: false });
    expect(termTokens("acgtacg", vocabulary)?.groups.map((g) => [...g].sort())).toEqual([["acgtacgt", long.slice(0, MAX_WORD)]]);
  });

  it("uses the migration's bound", () => {
    const sql = fs.readFileSync(path.resolve(__dirname, "..", "..", "..", "prisma", "postgres", "migrations", "20261206200000_pg_search_tokens", "migration.sql"), "utf8");
    expect(sql).toContain(`array_agg(DISTINCT left(m[1], ${MAX_WORD}))`);
    expect(INDEXED_STEM).toBeLessThan(MAX_WORD);
  });
});
