import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ENTITY_TYPES, type EntityType } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import { withAdapter } from "./adapter-registry";

export interface TrashRow {
  type: EntityType;
  id: number;
  slug: string;
  titleZh: string;
  titleEn: string;
  version: number;
  deletedAt: string;
}

/** Every entry in the trash, most recently deleted first. */
export async function listTrash(): Promise<TrashRow[]> {
  await requireEditor();
  const groups = await Promise.all(
    ENTITY_TYPES.map((type) =>
      withAdapter(type, async (adapter) => {
        const [zh, en] = ENTITIES[type].titleFields;
        return (await adapter.list(db, true)).map((e): TrashRow => {
          const values = e.values as Record<string, unknown>;
          return {
            type,
            id: e.id,
            slug: e.slug,
            titleZh: String(values[zh] ?? ""),
            titleEn: String(values[en] ?? ""),
            version: e.version,
            deletedAt: (e.deletedAt ?? e.updatedAt).toISOString(),
          };
        });
      }),
    ),
  );
  return groups.flat().sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}
