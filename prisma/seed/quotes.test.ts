// The quote test (issue 13): every passage the site presents as the article's own words must be the article's words.
// Presented as the article's words are:
//   - the zh summaries of the article's enumerations shown under "Source: Article §…" (mechanisms, advantages,
//     drivers, trends, challenges) — the zh article is the original; the en summaries are our translation;
//   - every quoted span (“…”, "…", 「…」) in a paragraph labelled 文章所述 / "What the article says";
//   - every markdown quote block (`> …`).
// Each must be a substring of the article (../shared/source/article.txt, or the repository's copy at
// content/article/article.txt once it exists), whitespace-normalized. Without the article the test is skipped loudly.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "./content";

const ROOT = path.resolve(__dirname, "../..");
const CANDIDATES = [path.join(ROOT, "content/article/article.txt"), path.resolve(ROOT, "../shared/source/article.txt")];
const articlePath = CANDIDATES.find((p) => fs.existsSync(p));
if (!articlePath) console.warn(`SKIPPED: the quote test needs the article; none of ${CANDIDATES.join(", ")} exists.`);

/** Whitespace-normalized: CJK text has no spaces in the article, so all whitespace goes; markdown emphasis too. */
export const normalize = (s: string) => s.replace(/\*\*/g, "").replace(/\s+/g, "");

const article = articlePath ? normalize(fs.readFileSync(articlePath, "utf8")) : "";

const LABEL = /^\*\*(文章所述|What the article says)/;

/** Quoted spans inside paragraphs labelled as the article's, and quote blocks. */
export function presentedQuotes(markdown: string): string[] {
  const out: string[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    if (LABEL.test(paragraph.trim())) {
      for (const m of paragraph.matchAll(/“([^”]+)”|"([^"]+)"|「([^」]+)」/g)) out.push((m[1] ?? m[2] ?? m[3]) as string);
    }
    const block = paragraph.split("\n").filter((l) => l.startsWith(">")).map((l) => l.replace(/^>\s?/, "")).join(" ");
    if (block.trim()) out.push(block);
  }
  return out;
}

type Passage = { where: string; text: string };
const passages: Passage[] = [];
for (const kind of ["mechanisms", "advantages", "drivers", "trends", "challenges"] as const) {
  for (const e of content[kind]) passages.push({ where: `${kind} ${e.slug} summary.zh`, text: e.summary.zh.replace(/。$/, "") });
}
const bodies: Array<{ where: string; md: string }> = [];
for (const l of ["zh", "en"] as const) {
  for (const d of content.domains) bodies.push({ where: `domain ${d.slug} body.${l}`, md: d.body[l] });
  for (const t of content.techniques) bodies.push({ where: `technique ${t.slug} body.${l}`, md: t.body[l] });
  for (const u of content.useCases) bodies.push({ where: `use case ${u.slug} body.${l}`, md: u.body[l] });
  for (const f of content.faqs) bodies.push({ where: `faq ${f.slug} answer.${l}`, md: f.answer[l] });
}
for (const b of bodies) for (const q of presentedQuotes(b.md)) passages.push({ where: b.where, text: q.replace(/[。.,，]$/, "") });

describe.skipIf(!articlePath)("passages presented as the article's words are the article's words", () => {
  it("finds the quotes it checks (the domains' example sentences among them)", () => {
    expect(passages.length).toBeGreaterThan(20);
    for (const d of content.domains) {
      expect(passages.some((p) => p.where === `domain ${d.slug} body.zh` && p.text.includes("例如")), d.slug).toBe(true);
      expect(passages.some((p) => p.where === `domain ${d.slug} body.en` && p.text.includes("For example")), d.slug).toBe(true);
    }
  });

  it.each(passages.map((p) => [p.where, p.text] as const))("%s: %s", (_where, text) => {
    expect(article.includes(normalize(text)), "not a substring of the article").toBe(true);
  });

  it("the extractor sees quote marks and quote blocks, and ignores paragraphs not labelled as the article's", () => {
    expect(presentedQuotes("**What the article says (§6.1):** it says “a” and \"b\".\n\nOurs: \"c\".\n\n> d\n> e")).toEqual(["a", "b", "d e"]);
  });
});
