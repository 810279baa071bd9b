// "Cite this page": plain text, BibTeX and CSL-JSON for a use-case page, each with its permanent URL and the date the
// reader accessed it. Pure: no React, no Prisma; the Cite control calls these in the browser at the moment of copying.

export interface CiteInput {
  /** Citation key stem, e.g. the slug. */
  key: string;
  title: string;
  /** The site's name in the page's language ("Fusion Atlas" / "跨界融合图谱"). */
  siteName: string;
  /** The permanent URL under APP_URL. */
  url: string;
  locale: "zh" | "en";
  /** When the entry was last changed. */
  updated: Date;
  /** When the reader accessed the page. */
  accessed: Date;
}

/** YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dateParts(date: Date): [number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

export function plainCitation(input: CiteInput): string {
  if (input.locale === "zh") {
    return `${input.siteName}.《${input.title}》. 更新于 ${isoDay(input.updated)}. ${input.url}（访问日期：${isoDay(input.accessed)}）.`;
  }
  return `${input.siteName}. "${input.title}." Updated ${isoDay(input.updated)}. ${input.url} (accessed ${isoDay(input.accessed)}).`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes text for a BibTeX field; CJK and other non-ASCII text stays as it is (UTF-8, for biber / BibTeX 8-bit). */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => BIBTEX_SPECIALS[ch]);
}

/** A URL in a BibTeX `url` field: only the characters that would break the field are escaped. */
function escapeBibtexUrl(url: string): string {
  return url.replace(/[{}%#\\]/g, (ch) => `\\${ch}`);
}

/** A citation key: ASCII letters, digits and - only. */
export function bibtexKey(stem: string): string {
  const clean = stem.normalize("NFKD").replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return `fusion-atlas-${clean || "entry"}`;
}

export function bibtex(input: CiteInput): string {
  const [year, month] = dateParts(input.updated);
  const fields: Array<[string, string]> = [
    // Double braces keep the title's capitalization.
    ["title", `{${escapeBibtex(input.title)}}`],
    ["author", `{${escapeBibtex(input.siteName)}}`],
    ["organization", escapeBibtex(input.siteName)],
    ["year", String(year)],
    ["month", String(month)],
    ["url", escapeBibtexUrl(input.url)],
    ["urldate", isoDay(input.accessed)],
    ["note", `${input.locale === "zh" ? "访问日期" : "Accessed"}: ${isoDay(input.accessed)}`],
    ["language", input.locale === "zh" ? "chinese" : "english"],
  ];
  return `@misc{${bibtexKey(input.key)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
}

export function cslJson(input: CiteInput): string {
  const item = {
    id: bibtexKey(input.key),
    type: "webpage",
    title: input.title,
    author: [{ literal: input.siteName }],
    "container-title": input.siteName,
    URL: input.url,
    issued: { "date-parts": [dateParts(input.updated)] },
    accessed: { "date-parts": [dateParts(input.accessed)] },
    language: input.locale === "zh" ? "zh-CN" : "en-US",
  };
  return JSON.stringify([item], null, 2);
}
