import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { copyDifferences, type CopyDifference } from "@/lib/article/differences";
import { anchorsOf, parseArticle, type ArticleCopies } from "@/lib/article/parse";

// The article is stored once, in content/article/article.txt (verbatim; lib/article/drift.test.ts keeps it equal to
// the shared source). Parsed once per process: it changes only with a deploy.
let parsed: { copies: ArticleCopies; differences: CopyDifference[]; anchors: { zh: Set<string>; en: Set<string> } } | undefined;

export function articleText(): NonNullable<typeof parsed> {
  if (!parsed) {
    const file = readFileSync(path.join(process.cwd(), "content", "article", "article.txt"), "utf8");
    const copies = parseArticle(file);
    parsed = {
      copies,
      differences: copyDifferences(copies),
      anchors: { zh: new Set(anchorsOf(copies.zh)), en: new Set(anchorsOf(copies.en)) },
    };
  }
  return parsed;
}

