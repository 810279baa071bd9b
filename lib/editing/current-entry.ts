import "server-only";
import type { EntityAdapter, Tx } from "./adapter";
import { latestAuthor } from "./revisions";
import type { CurrentEntry, EntryValues } from "./types";

/** The entry as saved now, for a conflict screen. */
export async function currentEntry<V extends EntryValues>(tx: Tx, adapter: EntityAdapter<V>, id: number): Promise<CurrentEntry | null> {
  const entry = await adapter.load(tx, id);
  if (!entry) return null;
  return {
    id: entry.id,
    version: entry.version,
    values: entry.values,
    deleted: entry.deletedAt !== null,
    updatedAt: entry.updatedAt.toISOString(),
    updatedBy: await latestAuthor(tx, adapter.type, id, entry.version),
  };
}
