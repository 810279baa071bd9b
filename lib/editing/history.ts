import "server-only";
import type { Actor } from "@/lib/auth/errors";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { Entry, Tx } from "./adapter";
import type { EntryValues } from "./types";

export type RevisionAction = "create" | "update" | "delete" | "restore" | "revert" | "import" | "baseline";

/** What a revision stores: the entry's values, and whether it was in the trash at that version. */
export function snapshotOf(entry: Entry<EntryValues>): string {
  return JSON.stringify({ ...entry.values, deleted: entry.deletedAt !== null });
}

export async function writeRevision(tx: Tx, type: EntityType, entry: Entry<EntryValues>, action: RevisionAction, actor: Pick<Actor, "userId" | "email"> | null, now = new Date()): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: type,
      entityId: entry.id,
      version: entry.version,
      action,
      snapshot: snapshotOf(entry),
      authorId: actor?.userId ?? null,
      authorEmail: actor?.email ?? "",
      createdAt: now,
    },
  });
}

/**
 * Entries that predate the admin (the seed) have no revision for their current version. Before the first change,
 * record that state as a "baseline", so that the history can show and restore what was there.
 */
export async function ensureBaseline(tx: Tx, type: EntityType, before: Entry<EntryValues>): Promise<void> {
  const exists = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType: type, entityId: before.id, version: before.version } },
    select: { id: true },
  });
  if (!exists) await writeRevision(tx, type, before, "baseline", null, before.updatedAt);
}

export async function latestAuthor(tx: Tx, type: EntityType, id: number, version: number): Promise<string | null> {
  const revision = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType: type, entityId: id, version } },
    select: { authorEmail: true },
  });
  return revision && revision.authorEmail !== "" ? revision.authorEmail : null;
}
