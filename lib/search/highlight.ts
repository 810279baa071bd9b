// Where the search terms match in a text, for highlighting matches with <mark>. Uses the same definition of a match
// as the search itself (./terms.ts): substrings for CJK terms, word starts for the others,
// compared by stem (a match in "images" for "imaging" marks the whole word).
import { termRanges, textTokens } from "./terms";

export interface Segment {
  text: string;
  match: boolean;
}

/** Sorted, merged [start, end) ranges (UTF-16 offsets into `text`) where any term matches. */
export function highlightRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const tokens = textTokens(text);
  for (const term of terms) {
    if (term === "") continue;
    ranges.push(...termRanges(text, term, tokens));
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text cut into plain and matching segments, in order; one plain segment when nothing matches. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
