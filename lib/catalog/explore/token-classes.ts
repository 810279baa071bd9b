// The character classes PostgreSQL's token index cuts texts with (prisma/postgres/migrations/20261206200000_pg_search_tokens),
// written out from the very regular expressions lib/search/terms.ts matches with, as PostgreSQL regular-expression
// bracket expressions of code point ranges (\uXXXX, \UXXXXXXXX). The migration holds their text; the test beside this
// file checks that it still equals what this module derives. Pure.
import { CASELESS_LETTER, WORD_CHAR } from "@/lib/search/terms";

/** Inclusive code point ranges of the characters a one-character regular expression matches. */
export function codePointRanges(re: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = -1;
  for (let c = 0; c <= 0x110000; c++) {
    const inside = c < 0x110000 && !(c >= 0xd800 && c <= 0xdfff) && re.test(String.fromCodePoint(c));
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      ranges.push([start, c - 1]);
      start = -1;
    }
  }
  return ranges;
}

function escape(c: number): string {
  if (c < 0x80 && /[0-9A-Za-z]/.test(String.fromCharCode(c))) return String.fromCharCode(c);
  return c <= 0xffff ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
}

/** A PostgreSQL bracket expression matching exactly the characters `re` matches. */
export function bracketExpression(re: RegExp): string {
  return `[${codePointRanges(re)
    .map(([a, b]) => (a === b ? escape(a) : `${escape(a)}-${escape(b)}`))
    .join("")}]`;
}

/** Word characters (terms.ts WORD_CHAR). */
export const wordClass = (): string => bracketExpression(WORD_CHAR);
/** Letters without case (terms.ts CASELESS_LETTER), whose runs are cut into grams of one to four characters. */
export const caselessClass = (): string => bracketExpression(new RegExp(CASELESS_LETTER.source, "u"));
