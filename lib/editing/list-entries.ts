import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { LIST_PAGE_SIZE, type AdminListQuery } from "@/lib/schemas/admin-list-query";
import type { EntityType } from "@/lib/schemas/entity-types";
import { localizedPairs } from "@/lib/schemas/fields";
import { ENTITIES } from "@/lib/schemas/registry";
import { matchesTranslationFilter, translationStatus, type TranslationStatus } from "@/lib/schemas/translation";
import { withAdapter } from "./adapter-registry";

export interface ListRow {
  id: number;
  slug: string;
  titleZh: string;
  titleEn: string;
  status: string;
  translation: TranslationStatus;
  updatedAt: string;
  version: number;
  position: number;
}

export interface ListPage {
  rows: ListRow[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One entity's live entries (not the trash), searched, filtered, sorted and paged as the URL says. The catalog is
 * small (tens to hundreds of entries per type), so the filtering happens here rather than in SQL, which keeps
 * the translation filter (a property of several columns) simple and identical to the badge.
 */
export async function listEntries(type: EntityType, query: AdminListQuery): Promise<ListPage> {
  await requireEditor();
  const def = ENTITIES[type];
  const pairs = localizedPairs(def.fields);
  const [zhField, enField] = def.titleFields;
  const entries = await withAdapter(type, async (adapter) =>
    (await adapter.list(db, false)).map((e) => ({ entry: e, values: e.values as Record<string, unknown> })),
  );
  const needle = query.q.toLowerCase();
  const rows: ListRow[] = entries
    .map(({ entry, values }) => ({
      id: entry.id,
      slug: entry.slug,
      titleZh: String(values[zhField] ?? ""),
      titleEn: String(values[enField] ?? ""),
      status: entry.status,
      translation: translationStatus(values, pairs),
      updatedAt: entry.updatedAt.toISOString(),
      version: entry.version,
      position: Number(values.position ?? 0),
    }))
    .filter((r) => query.status === "all" || r.status === query.status)
    .filter((r) => query.translation === "all" || matchesTranslationFilter(r.translation, query.translation))
    .filter((r) => needle === "" || [r.slug, r.titleZh, r.titleEn].some((s) => s.toLowerCase().includes(needle)));
  rows.sort(comparator(query.sort));
  const pageCount = Math.max(1, Math.ceil(rows.length / LIST_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return { rows: rows.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), total: rows.length, page, pageCount };
}

function comparator(sort: AdminListQuery["sort"]): (a: ListRow, b: ListRow) => number {
  const text = (a: string, b: string) => a.localeCompare(b, "en");
  switch (sort) {
    case "title":
      return (a, b) => text(a.titleEn || a.titleZh, b.titleEn || b.titleZh) || a.id - b.id;
    case "slug":
      return (a, b) => text(a.slug, b.slug);
    case "position":
      return (a, b) => a.position - b.position || a.id - b.id;
    case "updated":
      return (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id;
  }
}
