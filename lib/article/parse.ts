// The source article as data: the checked-in file holds three copies one after the other (the first Chinese copy,
// a second Chinese copy and the English copy), each starting with "# 文章标题". This parser splits them and turns each
// into sections (§n), sub-sections (§n.m) and blocks (paragraphs, list items, code, quotes), each with a stable
// anchor: `s6`, `s6-2`, `s6-2-p1`. Pure: no React, no Prisma, no file system.

export type BlockKind = "paragraph" | "item" | "code" | "quote";

export interface ArticleBlock {
  /** Anchor: `s6-2-p1` (in a sub-section), `s6-p1` (before the first sub-section), `intro-p1` (before §1). */
  id: string;
  kind: BlockKind;
  /** The block's text as written (for items: without the "- " / "1. " marker; for quotes: without "> "). */
  text: string;
  /** For numbered items ("1. …"): the number. */
  ordinal?: number;
  /** For items: the bold lead (`**数据预处理**` → "数据预处理"), if any. */
  lead?: string;
  /** Display maths written under an item (`  $$ … $$`), TeX without the `$$`. */
  formula?: string;
  /** For code blocks: the fence's language. */
  language?: string;
}

export interface ArticleSubsection {
  id: string;
  /** "6.2" */
  number: string;
  title: string;
  blocks: ArticleBlock[];
}

export interface ArticleSection {
  id: string;
  /** "6" */
  number: string;
  title: string;
  blocks: ArticleBlock[];
  subsections: ArticleSubsection[];
}

export interface ArticleCopy {
  title: string;
  intro: ArticleBlock[];
  sections: ArticleSection[];
}

const COPY_MARKER = "# 文章标题";
const SECTION = /^#{2,4}\s+(\d+)\.\s+(.+?)\s*$/;
const SUBSECTION = /^#{3,5}\s+(\d+)\.(\d+)\s+(.+?)\s*$/;
const TITLE = /^#{2}\s+(.+?)\s*$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^(\d+)\.\s+(.*)$/;
const LEAD = /^\*\*(.+?)\*\*/;

/** Splits the file into its copies (in file order). Text before the first marker is ignored (blank lines). */
export function splitCopies(file: string): string[] {
  const parts = file.replace(/\r\n?/g, "\n").split(COPY_MARKER);
  return parts.slice(1).map((p) => COPY_MARKER + p);
}

/** `s6-2` for "6.2", `s6` for "6". */
export function anchorFor(number: string): string {
  return `s${number.replace(".", "-")}`;
}

/** Parses one copy. Heading levels differ between copies (`## 1.` vs `### 1.`): sections are told by their numbers. */
export function parseCopy(copy: string): ArticleCopy {
  const lines = copy.split("\n");
  const result: ArticleCopy = { title: "", intro: [], sections: [] };
  let blocks = result.intro;
  let prefix = "intro";
  let paragraph: string[] = [];
  let i = 0;

  const push = (block: Omit<ArticleBlock, "id">) => {
    blocks.push({ ...block, id: `${prefix}-p${blocks.length + 1}` });
  };
  const flush = () => {
    if (paragraph.length > 0) push({ kind: "paragraph", text: paragraph.join("\n") });
    paragraph = [];
  };

  while (i < lines.length) {
    const raw = lines[i];
    const line = raw.trimEnd();
    i++;
    if (line.trim() === "" ) {
      flush();
      continue;
    }
    if (line === COPY_MARKER) continue;
    if (line.startsWith("```")) {
      flush();
      const language = line.slice(3).trim() || undefined;
      const code: string[] = [];
      while (i < lines.length && !lines[i].trimEnd().startsWith("```")) code.push(lines[i++]);
      i++; // closing fence
      push({ kind: "code", text: code.join("\n"), ...(language ? { language } : {}) });
      continue;
    }
    const sub = SUBSECTION.exec(line);
    if (sub) {
      flush();
      const section = result.sections.at(-1);
      if (!section || section.number !== sub[1]) throw new Error(`§${sub[1]}.${sub[2]} outside §${sub[1]}`);
      const number = `${sub[1]}.${sub[2]}`;
      const subsection: ArticleSubsection = { id: anchorFor(number), number, title: sub[3], blocks: [] };
      section.subsections.push(subsection);
      blocks = subsection.blocks;
      prefix = subsection.id;
      continue;
    }
    const sec = SECTION.exec(line);
    if (sec) {
      flush();
      const section: ArticleSection = { id: anchorFor(sec[1]), number: sec[1], title: sec[2], blocks: [], subsections: [] };
      result.sections.push(section);
      blocks = section.blocks;
      prefix = section.id;
      continue;
    }
    const title = TITLE.exec(line);
    if (title && result.sections.length === 0 && !result.title) {
      flush();
      result.title = title[1];
      continue;
    }
    if (line.startsWith(">")) {
      flush();
      push({ kind: "quote", text: line.replace(/^>\s?/, "") });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flush();
      const text = (bullet ? bullet[1] : numbered![2]).trim();
      // Indented continuation lines belong to the item: the formulas of §4.1/§4.2.
      const more: string[] = [];
      while (i < lines.length && /^\s{2,}\S/.test(lines[i])) more.push(lines[i++].trim());
      const tex = more.join(" ").match(/^\$\$(.+)\$\$$/);
      const lead = LEAD.exec(text)?.[1];
      push({
        kind: "item",
        text: tex || more.length === 0 ? text : `${text} ${more.join(" ")}`,
        ...(numbered ? { ordinal: Number(numbered[1]) } : {}),
        ...(lead ? { lead } : {}),
        ...(tex ? { formula: tex[1].trim() } : {}),
      });
      continue;
    }
    // A list glued to the next copy ("…等。# 文章标题") is cut by splitCopies; a paragraph line otherwise.
    paragraph.push(line.trim());
  }
  flush();
  return result;
}

export interface ArticleCopies {
  /** The first Chinese copy: the one shown on /zh/article. */
  zh: ArticleCopy;
  /** The second Chinese copy (compared with the first). */
  zhSecond: ArticleCopy;
  /** The English copy: the one shown on /en/article. */
  en: ArticleCopy;
}

const LATIN = /[A-Za-z]{4,}/;

/** The three copies of the checked-in file, told apart by their language (the English one's §1 title is Latin). */
export function parseArticle(file: string): ArticleCopies {
  const copies = splitCopies(file).map(parseCopy);
  const zh = copies.filter((c) => c.sections.length > 0 && !LATIN.test(c.sections[0].title));
  const en = copies.filter((c) => c.sections.length > 0 && LATIN.test(c.sections[0].title));
  if (zh.length !== 2 || en.length !== 1) {
    throw new Error(`expected two Chinese copies and one English copy, found ${zh.length} and ${en.length}`);
  }
  return { zh: zh[0], zhSecond: zh[1], en: en[0] };
}

/** Every anchor of a copy, in document order (sections, sub-sections, blocks). */
export function anchorsOf(copy: ArticleCopy): string[] {
  const ids = copy.intro.map((b) => b.id);
  for (const s of copy.sections) {
    ids.push(s.id, ...s.blocks.map((b) => b.id));
    for (const sub of s.subsections) ids.push(sub.id, ...sub.blocks.map((b) => b.id));
  }
  return ids;
}

/** The section or sub-section with this number ("6", "6.2"), if the copy has it. */
export function findPart(copy: ArticleCopy, number: string): ArticleSection | ArticleSubsection | undefined {
  const [major, minor] = number.split(".");
  const section = copy.sections.find((s) => s.number === major);
  if (!section || minor === undefined) return section;
  return section.subsections.find((s) => s.number === number);
}

/** The block with this anchor, if any. */
export function findBlock(copy: ArticleCopy, id: string): ArticleBlock | undefined {
  for (const s of copy.sections) {
    const hit = s.blocks.find((b) => b.id === id) ?? s.subsections.flatMap((sub) => sub.blocks).find((b) => b.id === id);
    if (hit) return hit;
  }
  return copy.intro.find((b) => b.id === id);
}
