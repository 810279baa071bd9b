// What both search backends (SQLite and PostgreSQL) read for a page of use cases, and how a row becomes a
// UseCaseRecord. Each backend's SQL aggregates a use case's links as a JSON array of [id, basis] pairs, one column a
// facet (techniques, mechanisms, challenges); the test-reference portable backend groups its link rows itself.
import { num, toDate } from "./sql";
import type { LinkRecord, UseCaseRecord } from "./types";

/** A use case's own columns, as a driver returns them (ids and dates may come as bigint / string). */
export type UseCaseRow = Omit<UseCaseRecord, "id" | "updatedAt" | "domainId" | "techniques" | "mechanisms" | "challenges"> & {
  id: unknown;
  updatedAt: unknown;
  domainId: unknown;
};

/** The row both native backends read: the use case's columns and each facet's links aggregated as JSON. */
export interface RecordRow extends UseCaseRow {
  /** JSON `[[id, basis], …]`; SQLite's json_group_array may give null for none. */
  techniques: string | null;
  mechanisms: string | null;
  challenges: string | null;
}

/** A JSON array of `[id, basis]` pairs → links (a missing basis reads as "editorial"). */
export function links(json: string | null): LinkRecord[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((pair: unknown) => {
    const [id, basis] = Array.isArray(pair) ? pair : [];
    return { id: num(id), basis: String(basis ?? "editorial") };
  });
}

/** A use case's row and its links → the record the engine works with. */
export function recordOf(row: UseCaseRow, linked: Pick<UseCaseRecord, "techniques" | "mechanisms" | "challenges">): UseCaseRecord {
  return {
    id: num(row.id),
    slug: row.slug,
    titleZh: row.titleZh ?? "",
    titleEn: row.titleEn ?? "",
    summaryZh: row.summaryZh ?? "",
    summaryEn: row.summaryEn ?? "",
    basis: row.basis,
    source: row.source ?? "",
    externalUrl: row.externalUrl ?? null,
    updatedAt: toDate(row.updatedAt),
    domainId: num(row.domainId),
    ...linked,
  };
}

export function toRecord(row: RecordRow): UseCaseRecord {
  return recordOf(row, { techniques: links(row.techniques), mechanisms: links(row.mechanisms), challenges: links(row.challenges) });
}
