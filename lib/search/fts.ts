// Builds SQLite FTS5 match expressions in which every term is a quoted string, so nothing the user types is syntax.
// Two indexes serve the two kinds of term (./terms.ts):
//  - the trigram index, for substring terms: a quoted term of three or more characters matches wherever it occurs.
//    Shorter ones have no trigram of their own: they are expanded, through the index's vocabulary, to the trigrams
//    that start with them (the indexed texts end with separators, so every occurrence starts one);
//  - the word index, for word terms: `"x-ray"*` is the phrase of the term's words with the last one as a prefix.
import { isShortTerm, termKind } from "./terms";

/** An FTS5 string literal: wrapped in double quotes, with embedded double quotes doubled. */
export function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The half-open vocabulary range [from, to) of the trigrams that begin with a short term. */
export function prefixRange(term: string): { from: string; to: string } {
  return { from: term, to: `${term}\u{10FFFF}` };
}

export interface MatchPlan {
  /** For the trigram index (substring terms); null when there are none. */
  trigram: string | null;
  /** For the word index (word terms); null when there are none. */
  words: string | null;
}

/**
 * Match expressions for the given terms: all terms must match (AND). `expansions` holds, for each short substring
 * term, the indexed trigrams that start with it. Returns null when some short term has no trigram at all, i.e. when
 * nothing can match.
 */
export function matchPlan(terms: readonly string[], expansions: ReadonlyMap<string, readonly string[]>): MatchPlan | null {
  const trigram: string[] = [];
  const words: string[] = [];
  for (const term of terms) {
    if (termKind(term) === "word") {
      words.push(`${ftsString(term)}*`);
      continue;
    }
    if (!isShortTerm(term)) {
      trigram.push(ftsString(term));
      continue;
    }
    const trigrams = expansions.get(term) ?? [];
    if (trigrams.length === 0) return null;
    trigram.push(trigrams.length === 1 ? ftsString(trigrams[0]) : `(${trigrams.map(ftsString).join(" OR ")})`);
  }
  return { trigram: trigram.length > 0 ? trigram.join(" AND ") : null, words: words.length > 0 ? words.join(" AND ") : null };
}

/** The short substring terms, which need their trigram expansions looked up first. */
export function termsToExpand(terms: readonly string[]): string[] {
  return terms.filter((t) => termKind(t) === "substring" && isShortTerm(t));
}
