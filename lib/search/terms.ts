// Turns the text someone typed into search terms, and defines what it means for a text to match a term. Everything is
// literal: quotes, *, NEAR(, AND/OR and SQL are just characters. Terms are separated by white space (ASCII or the
// ideographic space U+3000).
//  - A term with CJK (or other caseless-script) characters matches as a substring: Chinese has no spaces between
//    words, so "医疗" must be found inside "医疗影像分析".
//  - Any other term matches at the start of a word, like a search engine: "route" finds "route" and "routes", and
//    "x-ray" finds "X-ray". Word characters are letters with case, digits and private-use characters; everything
//    else (punctuation, spaces, CJK) separates words.

/** More terms than anyone types; bounds the size of the full-text query. */
export const MAX_TERMS = 12;

/** Below this many characters a term cannot be looked up as a trigram phrase. */
export const TRIGRAM = 3;

// Control characters never occur in what we index as text (U+001F separates the indexed texts), so they are dropped.
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Characters the word index keeps in tokens (SQLite unicode61 with categories 'Lu Ll Lt Lm Nd Nl No Co'). */
export const WORD_CHAR = /[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nd}\p{Nl}\p{No}\p{Co}]/u;
/** Letters without case (CJK ideographs, kana, Hangul, …): a term with one of them is a substring term. */
const CASELESS_LETTER = /\p{Lo}/u;

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

/**
 * The pieces every text matching `term` contains (case aside): the term itself for a substring term, its words (runs
 * of word characters) for a word term. A substring index can narrow the candidates with them.
 */
export function termWords(term: string): string[] {
  if (termKind(term) === "substring") return [term];
  return term.split(new RegExp(`[^${WORD_CLASS}]+`, "u")).filter(Boolean);
}

/**
 * A global, case-insensitive pattern for where `term` matches in a text: anywhere for a substring term; for a word
 * term, its words in order (separated by non-word characters), the first at the start of a word and the last
 * possibly continuing (a prefix).
 */
export function termPattern(term: string): RegExp {
  if (termKind(term) === "substring") return new RegExp(escapeRegExp(term), "giu");
  const words = termWords(term);
  return new RegExp(`(?<![${WORD_CLASS}])${words.map(escapeRegExp).join(`[^${WORD_CLASS}]+`)}`, "giu");
}

/** Whether a text matches a term (the definition the indexes implement). */
export function textMatches(text: string, term: string): boolean {
  const pattern = termPattern(term);
  return pattern.test(text);
}
