// How PostgreSQL's token index (prisma/postgres/migrations/20261206200000_pg_search_tokens) answers one search term:
// which tokens a matching use case must have, and whether the index alone decides. Pure: no database.
//  - A word term of one word (most are): the use case has one of the words whose Porter stem starts with the term's
//    (./stem-index.ts). That is the definition of a match (lib/search/terms.ts termRanges), so the index decides.
//  - A word term of several words ("x-ray"): each word's stem among its words (the last as a prefix), a necessary
//    condition; the exact check (the words in order) runs on those candidates. So does a term with a word whose stem
//    has over INDEXED_STEM characters (the index keeps a word's first MAX_WORD characters; see below).
//  - A term of caseless letters (Chinese): up to four characters it is a token itself (the index decides); a longer
//    one needs all its four-character grams, and the text's LIKE decides (without case, LIKE is the match).
//  - Any other term (letters with case beside CJK, or no letters at all): the grams of its caseless runs and the term's
//    LIKE narrow the candidates in SQL; LIKE decides when the term has no case, else the exact check on what it kept.
import { termKind, termWords, wordStem } from "@/lib/search/terms";
import type { StemIndex } from "./stem-index";

/** A term's tokens: every group must have a token in the use case's tokens (any of the group's). */
export interface TermTokens {
  groups: string[][];
  /** The term's LIKE on the lower-cased text decides (after the groups). */
  like: boolean;
  /** Only the exact definition (lib/search/terms.ts, in JS, on the text) decides. */
  check: boolean;
}

const CASELESS_RUN = /\p{Lo}+/gu;
const ONLY_CASELESS = /^\p{Lo}+$/u;

/** A term whose LIKE on the lower-cased text is exactly its match: a substring term without case (Chinese, digits). */
export function exactInSql(term: string): boolean {
  return termKind(term) === "substring" && term.toUpperCase() === term && term.toLowerCase() === term;
}

/** The longest gram the index keeps of a run of caseless letters (migration: search_grams). */
export const MAX_GRAM = 4;

/** The grams every text containing this run of caseless letters has: the run itself, or its grams of MAX_GRAM. */
export function gramsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length <= MAX_GRAM) return [run];
  const out: string[] = [];
  for (let i = 0; i + MAX_GRAM <= chars.length; i++) out.push(chars.slice(i, i + MAX_GRAM).join(""));
  return [...new Set(out)];
}

/**
 * The index keeps a word's first MAX_WORD characters (migration: search_words; GIN and btree entries are limited to
 * ~2.7 KB, and a body may hold one word of thousands of characters), so the vocabulary holds those prefixes.
 */
export const MAX_WORD = 200;

/**
 * A word term's stems up to this many characters are decided by the index as if it kept whole words: Porter leaves a
 * word over 64 bytes unstemmed (lib/search/porter.ts), so a word over MAX_WORD characters and its prefix both "stem" to
 * themselves, case-folded; the prefix's stem is then a prefix of the word's of far more than INDEXED_STEM characters,
 * so a stem this short starts either both or neither, and equals neither. A longer stem (a term of up to
 * Q_MAX_LENGTH = MAX_WORD characters) is looked up by its first INDEXED_STEM characters, and checked exactly.
 */
export const INDEXED_STEM = 100;

/** The term's tokens, or null when no use case can match (a word no text has). */
export function termTokens(term: string, vocabulary: StemIndex): TermTokens | null {
  if (termKind(term) === "word") {
    const stems = termWords(term).map(wordStem);
    const last = stems.length - 1;
    let long = false;
    const groups = stems.map((stem, i) => {
      const chars = [...stem];
      if (chars.length > INDEXED_STEM) {
        long = true;
        return vocabulary.withStemPrefix(chars.slice(0, INDEXED_STEM).join(""));
      }
      return i < last ? vocabulary.withStem(stem) : vocabulary.withStemPrefix(stem);
    });
    if (groups.some((g) => g.length === 0)) return null;
    return { groups, like: false, check: stems.length > 1 || long };
  }
  const grams = [...term.matchAll(CASELESS_RUN)].flatMap((m) => gramsOf(m[0]));
  const groups = [...new Set(grams)].map((g) => [g]);
  if (ONLY_CASELESS.test(term)) return { groups, like: [...term].length > MAX_GRAM, check: false };
  // Always narrowed by the term's LIKE (the trigram index of 20261129040000_pg_search), as the portable backend does:
  // its grams alone ("医疗" for "ai医疗") or nothing at all ("ⓐ": no caseless run) would send texts to JS by the
  // thousand. LIKE decides when the term has no case; otherwise the exact check runs on what LIKE kept.
  const exact = exactInSql(term);
  return { groups, like: true, check: !exact };
}
