// The search vocabulary by Porter stem: which words (as the token index stores them) a word term's stem stands for.
// A word term matches a word whose stem starts with the term's stem ("route" finds "routes", "routing"; the last
// word of a term is a prefix, lib/search/terms.ts termRanges); PostgreSQL has no Porter stemmer, so the app maps the
// stem to the words here and asks the index for any of them (./postgres-backend.ts). Words are only ever added.
// Pure: no database.
import { wordStem } from "@/lib/search/terms";

export class StemIndex {
  private readonly stemOf = new Map<string, string>();
  private readonly byStem = new Map<string, string[]>();
  private stems: string[] = [];
  private sorted = true;

  get size(): number {
    return this.stemOf.size;
  }

  has(word: string): boolean {
    return this.stemOf.has(word);
  }

  add(word: string): void {
    if (this.stemOf.has(word)) return;
    const stem = wordStem(word);
    this.stemOf.set(word, stem);
    const words = this.byStem.get(stem);
    if (words) words.push(word);
    else {
      this.byStem.set(stem, [word]);
      this.stems.push(stem);
      this.sorted = false;
    }
  }

  /** The words whose stem is exactly `stem`. */
  withStem(stem: string): string[] {
    return [...(this.byStem.get(stem) ?? [])];
  }

  /** The words whose stem starts with `stem`. */
  withStemPrefix(stem: string): string[] {
    if (!this.sorted) {
      // Code unit order, which startsWith agrees with: the stems starting with `stem` are one run.
      this.stems.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.sorted = true;
    }
    let lo = 0;
    let hi = this.stems.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.stems[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.stems.length && this.stems[i].startsWith(stem); i++) out.push(...this.byStem.get(this.stems[i])!);
    return out;
  }
}
