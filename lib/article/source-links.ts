// A catalog `source` ("§6.2", "§2.1, §6.2", "§4.3, §5") as text runs, each § ref carrying the anchor of its passage
// on /{locale}/article (`s6-2`) when the article has that section. Pure.
import { anchorFor } from "./parse";

export interface SourceRun {
  text: string;
  /** The article anchor for a § ref the article has. */
  anchor?: string;
}

export function sourceRuns(source: string, known: ReadonlySet<string>): SourceRun[] {
  const runs: SourceRun[] = [];
  let last = 0;
  for (const match of source.matchAll(/§\s*(\d+(?:\.\d+)?)/g)) {
    if (match.index > last) runs.push({ text: source.slice(last, match.index) });
    const anchor = anchorFor(match[1]);
    runs.push(known.has(anchor) ? { text: match[0], anchor } : { text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < source.length) runs.push({ text: source.slice(last) });
  return runs;
}
