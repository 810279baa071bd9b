// "Why it matched": a short excerpt of the first field of a use case where the search matched, with the
// matches marked, in the language that matched. Fields are tried in the page's language first (summary, then body;
// the title is shown highlighted anyway), then in the other language (title, summary, body), so a zh query on the en
// page shows the Chinese text it matched, labelled as such. Pure; no React.
import { highlightRanges, highlightSegments, type Segment } from "./highlight";

export type SnippetField = "title" | "summary" | "body";
export type Lang = "zh" | "en";

export interface SnippetTexts {
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  bodyZh: string;
  bodyEn: string;
  /** The editorial paragraphs stored apart from the body (issue 13); searched and shown as part of the body. */
  editorialZh?: string;
  editorialEn?: string;
}

export interface Snippet {
  field: SnippetField;
  lang: Lang;
  /** The match is in the other language than the page's. */
  otherLanguage: boolean;
  segments: Segment[];
}

/** Characters of context kept before and after the first match. */
const BEFORE = 50;
const AFTER = 110;

/** Markdown reduced to its words: link targets, emphasis, headings, list and quote markers and code fences dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/^\s{0,3}(#{1,6}|>|[-+]|\d+\.)\s+/gm, "")
    .replace(/\$\$?([^$]*)\$\$?/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const FIELD = (field: SnippetField, lang: Lang) => `${field}${lang === "zh" ? "Zh" : "En"}` as keyof SnippetTexts;

/** The excerpt around the first match of the terms in `text`, or null when they do not match it. */
export function excerpt(text: string, terms: readonly string[]): Segment[] | null {
  const ranges = highlightRanges(text, terms);
  if (ranges.length === 0) return null;
  const chars = [...text];
  // Offsets from highlightRanges are UTF-16; walk code points to cut on character boundaries.
  let units = 0;
  let startChar = 0;
  for (let i = 0; i < chars.length && units < ranges[0][0]; i++) {
    units += chars[i].length;
    startChar = i + 1;
  }
  const from = Math.max(0, startChar - BEFORE);
  const to = Math.min(chars.length, startChar + AFTER);
  const window = `${from > 0 ? "…" : ""}${chars.slice(from, to).join("")}${to < chars.length ? "…" : ""}`;
  return highlightSegments(window, terms);
}

/** A use case's body in one language followed by its editorial paragraphs, as search indexes them. */
function bodyText(texts: SnippetTexts, lang: Lang): string {
  const body = (lang === "zh" ? texts.bodyZh : texts.bodyEn) ?? "";
  const editorial = (lang === "zh" ? texts.editorialZh : texts.editorialEn) ?? "";
  return editorial === "" ? body : body === "" ? editorial : `${body}\n\n${editorial}`;
}

/** The snippet to show for a use case, or null when no text matched (e.g. a match through an alias only). */
export function matchSnippet(texts: SnippetTexts, terms: readonly string[], locale: Lang): Snippet | null {
  if (terms.length === 0) return null;
  const other: Lang = locale === "zh" ? "en" : "zh";
  const order: Array<[SnippetField, Lang]> = [["summary", locale], ["body", locale], ["title", other], ["summary", other], ["body", other]];
  for (const [field, lang] of order) {
    const raw = field === "body" ? bodyText(texts, lang) : (texts[FIELD(field, lang)] ?? "");
    const text = field === "body" ? plainText(raw) : raw;
    if (text === "") continue;
    const segments = excerpt(text, terms);
    if (segments) return { field, lang, otherLanguage: lang !== locale, segments };
  }
  return null;
}
