// Turns the text someone typed into search terms. Everything is literal: quotes, *, NEAR(, AND/OR and SQL are just
// characters to look for. Terms are separated by white space (ASCII or the ideographic space U+3000); a run of CJK
// text without spaces is one term and matches as a substring, which is how Chinese is searched.

/** More terms than anyone types; bounds the size of the full-text query. */
export const MAX_TERMS = 12;

/** Below this many characters a term cannot be looked up as a trigram phrase. */
export const TRIGRAM = 3;

// Control characters never occur in what we index as text (U+001F separates the indexed texts), so they are dropped.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The distinct terms of a query, lower-cased (the index folds case the same way), in the order typed.
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

/** Length in characters (code points), which is what the trigram tokenizer counts. */
export function charLength(term: string): number {
  return [...term].length;
}

/** Terms of one or two characters, such as the common two-character Chinese words (医疗, 影像). */
export function isShortTerm(term: string): boolean {
  return charLength(term) < TRIGRAM;
}
