// Turns the text someone typed into search terms, and defines what it means for a text to match a term. Everything is
// literal: quotes, *, NEAR(, AND/OR and SQL are just characters. Terms are separated by white space (ASCII or the
// ideographic space U+3000).
//  - A term with CJK (or other caseless-script) characters matches as a substring: Chinese has no spaces between
//    words, so "医疗" must be found inside "医疗影像分析".
//  - Any other term matches at the start of a word, like a search engine: "route" finds "route" and "routes", and
//    "x-ray" finds "X-ray". Words are compared by their Porter stems (./porter.ts, as SQLite FTS5's porter tokenizer
//    stems them), so "imaging" finds "images" and "diagnoses" finds "diagnosis". Word characters are letters with
//    case, digits and private-use characters; everything else (punctuation, spaces, CJK) separates words.

import { porterStem } from "./porter";

/** More terms than anyone types; bounds the size of the full-text query. */
export const MAX_TERMS = 12;

/** Below this many characters a term cannot be looked up as a trigram phrase. */
export const TRIGRAM = 3;

// Control characters never occur in what we index as text (U+001F separates the indexed texts), so they are dropped.
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Characters the word index keeps in tokens (SQLite unicode61 with categories 'Lu Ll Lt Lm Nd Nl No Co'). */
export const WORD_CHAR = /[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nd}\p{Nl}\p{No}\p{Co}]/u;
/** Letters without case (CJK ideographs, kana, Hangul, …): a term with one of them is a substring term. */
export const CASELESS_LETTER = /\p{Lo}/u;

export type TermKind = "substring" | "word";

/**
 * The distinct terms of a query, lower-cased (the indexes fold case the same way), in the order typed.
 * Returns [] when there is nothing to search for.
 */
export function searchTerms(q: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of q.replace(CONTROL, " ").normalize("NFC").split(/[\s\u3000]+/u)) {
    const term = raw.toLowerCase();
    if (term === "" || seen.has(term)) continue;
    seen.add(term);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** Word terms go to the word index; terms with CJK characters, or with no word character at all, are substrings. */
export function termKind(term: string): TermKind {
  return CASELESS_LETTER.test(term) || !WORD_CHAR.test(term) ? "substring" : "word";
}

/** Length in characters (code points), which is what the trigram tokenizer counts. */
export function charLength(term: string): number {
  return [...term].length;
}

/** Substring terms of one or two characters, such as the common two-character Chinese words (医疗, 影像). */
export function isShortTerm(term: string): boolean {
  return charLength(term) < TRIGRAM;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WORD_CLASS = "\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nd}\\p{Nl}\\p{No}\\p{Co}";

/** A word as the word index stores it before stemming: diacritics removed (unicode61 remove_diacritics), lower case. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC").toLowerCase();
}

/** The stem of a word as the word index stores it (SQLite FTS5 `porter` over unicode61). */
export function wordStem(word: string): string {
  return porterStem(foldWord(word));
}

/** The words of a word term (runs of word characters), as typed. */
export function termWords(term: string): string[] {
  if (termKind(term) === "substring") return [term];
  return term.split(new RegExp(`[^${WORD_CLASS}]+`, "u")).filter(Boolean);
}

/**
 * A piece of text that every lower-cased text matching `term` contains, for a substring index to narrow candidates:
 * the term itself for a substring term; for a word term, the first word's stem less its last two characters (a
 * Porter stem differs from its word at most in its last two characters, e.g. "ability" -> "abl", "happy" -> "happi"),
 * or "" when that leaves nothing (no narrowing).
 */
export function termPiece(term: string): string {
  if (termKind(term) === "substring") return term;
  const first = termWords(term)[0] ?? "";
  const stem = wordStem(first);
  return stem.slice(0, Math.max(0, [...stem].length - 2));
}

interface Token {
  start: number;
  end: number;
  stem: string;
}

const WORD_RUN = new RegExp(`[${WORD_CLASS}]+`, "gu");

/** The words of a text with their offsets and stems, as the word index sees them. */
export function textTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_RUN)) tokens.push({ start: m.index, end: m.index + m[0].length, stem: wordStem(m[0]) });
  return tokens;
}

/**
 * Where `term` matches in a text, as [start, end) ranges (UTF-16 offsets): a substring term anywhere, case aside; a
 * word term where the text's words, stemmed, equal the term's stemmed words in order, the last one as a prefix
 * ("imaging" finds "images": both stem to "imag"; "route" finds "routing").
 */
export function termRanges(text: string, term: string, tokens?: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (termKind(term) === "substring") {
    const re = new RegExp(escapeRegExp(term), "giu");
    for (const m of text.matchAll(re)) if (m[0].length > 0) ranges.push([m.index, m.index + m[0].length]);
    return ranges;
  }
  const stems = termWords(term).map(wordStem);
  if (stems.length === 0) return ranges;
  const words = tokens ?? textTokens(text);
  const last = stems.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    let ok = true;
    for (let j = 0; j <= last && ok; j++) ok = j < last ? words[i + j].stem === stems[j] : words[i + j].stem.startsWith(stems[j]);
    if (ok) ranges.push([words[i].start, words[i + last].end]);
  }
  return ranges;
}

/** A test for whether a text matches a term (the definition the indexes implement). */
export function termMatcher(term: string): (text: string) => boolean {
  if (termKind(term) === "substring") {
    const re = new RegExp(escapeRegExp(term), "iu");
    return (text) => re.test(text);
  }
  return (text) => termRanges(text, term).length > 0;
}

/** Whether a text matches a term (the definition the indexes implement). */
export function textMatches(text: string, term: string): boolean {
  return termMatcher(term)(text);
}
