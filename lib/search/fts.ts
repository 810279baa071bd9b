// Builds SQLite FTS5 match expressions in which every term is a quoted string, so nothing the user types is syntax.
// With the trigram tokenizer a quoted term of three or more characters matches wherever it occurs as a substring.
// Shorter terms have no trigram of their own: they are expanded, through the index's vocabulary, to the trigrams
// that start with them (the indexed texts end with separators, so every occurrence starts one), and the term matches
// where any of those does.
import { isShortTerm } from "./terms";

/** An FTS5 string literal: wrapped in double quotes, with embedded double quotes doubled. */
export function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The half-open vocabulary range [from, to) of the trigrams that begin with a short term. */
export function prefixRange(term: string): { from: string; to: string } {
  return { from: term, to: `${term}\u{10FFFF}` };
}

/**
 * The match expression for the given terms: all terms must match (AND). `expansions` holds, for each short term,
 * the indexed trigrams that start with it. Returns null when some short term has no trigram at all, i.e. when
 * nothing can match.
 */
export function matchExpression(terms: string[], expansions: ReadonlyMap<string, readonly string[]>): string | null {
  const parts: string[] = [];
  for (const term of terms) {
    if (!isShortTerm(term)) {
      parts.push(ftsString(term));
      continue;
    }
    const trigrams = expansions.get(term) ?? [];
    if (trigrams.length === 0) return null;
    parts.push(trigrams.length === 1 ? ftsString(trigrams[0]) : `(${trigrams.map(ftsString).join(" OR ")})`);
  }
  return parts.length === 0 ? null : parts.join(" AND ");
}
