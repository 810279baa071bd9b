// The explorer's export formats for a list of use-case items (the API's item shape, names already localized).
import { toCsv } from "./csv";

export const USE_CASE_CSV_COLUMNS = ["slug", "title", "summary", "domain", "techniques", "mechanisms", "challenges", "basis", "source", "updatedAt", "url"] as const;

/** Multi-valued fields are joined with this. */
export const MULTI_VALUE_SEPARATOR = "; ";

export interface ExportableUseCase {
  slug: string;
  title: string;
  summary: string;
  basis: string;
  source: string;
  domain: { name: string };
  techniques: ReadonlyArray<{ name: string }>;
  mechanisms: ReadonlyArray<{ name: string }>;
  challenges: ReadonlyArray<{ name: string }>;
  updatedAt: string;
  url: string;
}

const names = (xs: ReadonlyArray<{ name: string }>) => xs.map((x) => x.name).join(MULTI_VALUE_SEPARATOR);

export function csvOfUseCases(items: Iterable<ExportableUseCase>): string {
  const rows: string[][] = [];
  for (const u of items) {
    rows.push([u.slug, u.title, u.summary, u.domain.name, names(u.techniques), names(u.mechanisms), names(u.challenges), u.basis, u.source, u.updatedAt, u.url]);
  }
  return toCsv(USE_CASE_CSV_COLUMNS, rows);
}

/** `all=1` JSON: the items as one array, one item per line so that large exports stay readable in a text editor. */
export function jsonOfUseCases<T>(items: readonly T[]): string {
  return items.length === 0 ? "[]\n" : `[\n${items.map((item) => JSON.stringify(item)).join(",\n")}\n]\n`;
}

/** A file name for the download, e.g. fusion-atlas-use-cases-2026-11-29.csv. */
export function exportFileName(format: "csv" | "json", now: Date): string {
  return `fusion-atlas-use-cases-${now.toISOString().slice(0, 10)}.${format}`;
}
