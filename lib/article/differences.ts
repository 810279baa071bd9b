// Where the article's copies disagree, computed from the parsed copies (never hard-coded): a list of steps that is
// longer in one copy than in another (§4.3: the first Chinese copy has 5 steps, the second copy and the English
// copy 6: they add model compilation), and passages whose wording differs between the two Chinese copies. Pure.
import type { ArticleBlock, ArticleCopies, ArticleCopy } from "./parse";
import { findPart } from "./parse";

export interface StepCountDifference {
  kind: "steps";
  /** The sub-section's anchor, e.g. "s4-3". */
  id: string;
  number: string;
  counts: { zh: number; zhSecond: number; en: number };
  /** Steps the longer copies add, by their bold lead, in each language (zh from the second Chinese copy). */
  added: { zh: string[]; en: string[] };
}

export interface WordingDifference {
  kind: "wording";
  /** The passage's anchor in the first Chinese copy. */
  id: string;
  first: string;
  second: string;
}

export type CopyDifference = StepCountDifference | WordingDifference;

function numberedItems(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.filter((b) => b.kind === "item" && b.ordinal !== undefined);
}

function partNumbers(copy: ArticleCopy): string[] {
  return copy.sections.flatMap((s) => [s.number, ...s.subsections.map((sub) => sub.number)]);
}

/** Indices of `longer` not matched in order by `shorter` (a longest-common-subsequence alignment). */
export function insertedIndices<T>(shorter: T[], longer: T[]): number[] {
  const n = shorter.length;
  const m = longer.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = shorter[i] === longer[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const kept = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (shorter[i] === longer[j]) {
      kept.add(j);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return longer.map((_, j) => j).filter((j) => !kept.has(j));
}

const normalize = (s: string) => s.replace(/\s+/g, "");

/** Every difference between the copies, in the first Chinese copy's order. */
export function copyDifferences(copies: ArticleCopies): CopyDifference[] {
  const out: CopyDifference[] = [];
  for (const number of partNumbers(copies.zh)) {
    const first = findPart(copies.zh, number);
    const second = findPart(copies.zhSecond, number);
    const en = findPart(copies.en, number);
    if (!first || !second) continue;
    const steps = { zh: numberedItems(first.blocks), zhSecond: numberedItems(second.blocks), en: numberedItems(en?.blocks ?? []) };
    const counts = { zh: steps.zh.length, zhSecond: steps.zhSecond.length, en: steps.en.length };
    if (counts.zh !== counts.zhSecond || (en && counts.zh !== counts.en)) {
      // What the longer Chinese copy adds, and the English steps at the same places (the English copy has the
      // second copy's structure when their counts agree).
      const shorter = counts.zh <= counts.zhSecond ? steps.zh : steps.zhSecond;
      const longer = counts.zh <= counts.zhSecond ? steps.zhSecond : steps.zh;
      const added = insertedIndices(shorter.map((b) => b.lead ?? b.text), longer.map((b) => b.lead ?? b.text));
      const enAligned = counts.en === longer.length;
      out.push({
        kind: "steps",
        id: first.id,
        number,
        counts,
        added: {
          zh: added.map((j) => longer[j].lead ?? longer[j].text),
          en: enAligned ? added.map((j) => steps.en[j].lead ?? steps.en[j].text) : [],
        },
      });
      continue; // the blocks no longer line up; their wording is not compared
    }
    if (first.blocks.length !== second.blocks.length) continue;
    first.blocks.forEach((block, k) => {
      const other = second.blocks[k];
      if (normalize(block.text) !== normalize(other.text) || normalize(block.formula ?? "") !== normalize(other.formula ?? "")) {
        out.push({ kind: "wording", id: block.id, first: block.text, second: other.text });
      }
    });
  }
  return out;
}
