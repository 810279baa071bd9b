import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntryValues } from "./types";
import { withAdapter } from "./adapter-registry";

export interface EditableEntry {
  id: number;
  slug: string;
  version: number;
  status: string;
  deleted: boolean;
  updatedAt: string;
  values: EntryValues;
}

/** One entry with its current version, for the editor, the preview and the history (drafts included). */
export async function getEntry(type: EntityType, id: number): Promise<EditableEntry | null> {
  await requireEditor();
  const entry = await withAdapter(type, (adapter) => adapter.load(db, id));
  if (!entry) return null;
  return {
    id: entry.id,
    slug: entry.slug,
    version: entry.version,
    status: entry.status,
    deleted: entry.deletedAt !== null,
    updatedAt: entry.updatedAt.toISOString(),
    values: entry.values,
  };
}
