import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CASELESS_LETTER, WORD_CHAR } from "@/lib/search/terms";
import { bracketExpression, caselessClass, codePointRanges, wordClass } from "./token-classes";

const MIGRATION = path.resolve(__dirname, "..", "..", "..", "prisma", "postgres", "migrations", "20261206200000_pg_search_tokens", "migration.sql");

describe("the token index's character classes", () => {
  it("are written out from terms.ts's regular expressions in the migration", () => {
    const sql = fs.readFileSync(MIGRATION, "utf8");
    expect(sql).toContain(`regexp_matches(t, '${wordClass()}+', 'g')`);
    expect(sql).toContain(`regexp_matches(t, '${caselessClass()}+', 'g')`);
  });

  it("cover exactly the characters the expressions match", () => {
    const inside = (ranges: Array<[number, number]>, c: number) => ranges.some(([a, b]) => a <= c && c <= b);
    const word = codePointRanges(WORD_CHAR);
    const caseless = codePointRanges(new RegExp(CASELESS_LETTER.source, "u"));
    for (const ch of ["a", "Z", "é", "ǅ", "5", "²", "Ⅻ", "\ue000", "𝟘"]) expect(inside(word, ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ["医", "か", "한", "𠀀"]) expect(inside(caseless, ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of [" ", "-", "_", "\u001f", "医", "\u0301", "。"]) expect(inside(word, ch.codePointAt(0)!), ch).toBe(false);
    for (const ch of ["a", "1", "，", "\u3000"]) expect(inside(caseless, ch.codePointAt(0)!), ch).toBe(false);
    // Ranges never touch: each is as long as it can be.
    for (let i = 1; i < word.length; i++) expect(word[i][0]).toBeGreaterThan(word[i - 1][1] + 1);
  });

  it("writes characters as PostgreSQL regular-expression escapes", () => {
    expect(bracketExpression(/[a-c_\u4e00\u{20000}]/u)).toBe("[\\u005fa-c\\u4e00\\U00020000]");
  });
});
