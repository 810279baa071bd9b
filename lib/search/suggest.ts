// "Did you mean …?": when a search finds nothing, queries close to it by edit distance, built from the
// names and aliases of the catalog's entities and the titles of its use cases. Two kinds of candidate:
//  - a whole phrase close to the whole query ("route planing" -> "Route planning", "机器视角" -> "机器视觉");
//  - the query with each misspelt word replaced by the closest known word ("diagnosys imaging" -> "diagnosis imaging").
// Pure; the engine checks that a suggestion finds something before offering it.
import { searchTerms, termKind } from "./terms";

/** Suggestions offered at most. */
export const MAX_SUGGESTIONS = 3;

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours) between two
 * strings, by code point; any value above `max` is reported as max + 1.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[t.length], max + 1);
}

export interface Lexicon {
  /** Whole phrases by their normalized form (lower case, single spaces), with how they are shown. */
  phrases: Map<string, string>;
  /** Known words (lower case) by how often they occur. */
  words: Map<string, number>;
}

const normalize = (text: string) => searchTerms(text).join(" ");

export function buildLexicon(phrases: Iterable<string>): Lexicon {
  const lexicon: Lexicon = { phrases: new Map(), words: new Map() };
  for (const phrase of phrases) {
    const key = normalize(phrase);
    if (key === "") continue;
    if (!lexicon.phrases.has(key)) lexicon.phrases.set(key, phrase.trim().replace(/\s+/gu, " "));
    for (const word of key.match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (termKind(word) === "word") lexicon.words.set(word, (lexicon.words.get(word) ?? 0) + 1);
    }
  }
  return lexicon;
}

/** How far a string of this many characters may be from a suggestion: one edit per four characters, at least one. */
export function allowedDistance(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

/** The closest known word to a word term (not the word itself), or null when none is close enough. */
function closestWord(word: string, lexicon: Lexicon): string | null {
  const length = [...word].length;
  if (length < 3) return null;
  const max = length <= 4 ? 1 : 2;
  let best: { word: string; d: number; n: number } | null = null;
  for (const [known, n] of lexicon.words) {
    const d = editDistance(word, known, max);
    if (d > max) continue;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: known, d, n };
  }
  return best?.word ?? null;
}

/** Queries close to `q`, best first (at most `limit`); none for an empty query. */
export function suggestQueries(q: string, lexicon: Lexicon, limit = MAX_SUGGESTIONS): string[] {
  const query = normalize(q);
  if (query === "") return [];
  const out: string[] = [];
  const add = (text: string) => {
    if (normalize(text) !== query && !out.some((o) => normalize(o) === normalize(text))) out.push(text);
  };

  const max = allowedDistance([...query].length);
  const phrases: Array<{ text: string; d: number }> = [];
  for (const [key, text] of lexicon.phrases) {
    const d = editDistance(query, key, max);
    if (d <= max && d > 0) phrases.push({ text, d });
  }
  phrases.sort((a, b) => a.d - b.d || a.text.length - b.text.length || (a.text < b.text ? -1 : 1));

  const terms = searchTerms(q);
  let changed = false;
  const corrected = terms.map((term) => {
    if (termKind(term) !== "word" || lexicon.words.has(term)) return term;
    const word = closestWord(term, lexicon);
    if (word === null) return term;
    changed = true;
    return word;
  });

  for (const p of phrases) if (p.d === 1) add(p.text);
  if (changed) add(corrected.join(" "));
  for (const p of phrases) if (p.d > 1) add(p.text);
  return out.slice(0, limit);
}
