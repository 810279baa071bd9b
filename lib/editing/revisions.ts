import "server-only";
import type { Actor } from "@/lib/auth/errors";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { Entry, Tx } from "./adapter";
import type { EntryValues } from "./types";

/** "baseline": written before this version for entries seeded without a revision; old databases still hold some. */
/** "merge": a save made on an older version, merged with the changes saved since (issue 14). */
export type RevisionAction = "create" | "update" | "merge" | "delete" | "restore" | "revert" | "import" | "baseline";

/** Who a change is recorded for: a signed-in person, or the system (the seed), which has no user id. */
export type Author = Pick<Actor, "email" | "ip" | "userAgent"> & { userId: string | null };

/** The seed's author: its entries start at revision 1, recorded as an import by nobody in particular. */
export const SYSTEM_AUTHOR: Author = { userId: null, email: "", ip: "", userAgent: "seed" };

/** What a revision stores: the entry's values, and whether it was in the trash at that version. */
export function snapshotOf(entry: Entry<EntryValues>): string {
  return JSON.stringify({ ...entry.values, deleted: entry.deletedAt !== null });
}

type RevisionActor = Pick<Author, "userId" | "email"> | null;

/** The row one revision is stored as: the entry's version and snapshot, by whom and when. */
function revisionRow(type: EntityType, entry: Entry<EntryValues>, action: RevisionAction, actor: RevisionActor, now: Date) {
  return {
    entityType: type,
    entityId: entry.id,
    version: entry.version,
    action,
    snapshot: snapshotOf(entry),
    authorId: actor?.userId ?? null,
    authorEmail: actor?.email ?? "",
    createdAt: now,
  };
}

export async function writeRevision(tx: Tx, type: EntityType, entry: Entry<EntryValues>, action: RevisionAction, actor: RevisionActor, now = new Date()): Promise<void> {
  await tx.revision.create({ data: revisionRow(type, entry, action, actor, now) });
}

/** Many revisions in one statement (an import's entries), in the given order. */
export async function writeRevisions(tx: Tx, items: Array<{ type: EntityType; entry: Entry<EntryValues>; action: RevisionAction }>, actor: RevisionActor, now = new Date()): Promise<void> {
  if (items.length === 0) return;
  await tx.revision.createMany({ data: items.map(({ type, entry, action }) => revisionRow(type, entry, action, actor, now)) });
}

export async function latestAuthor(tx: Tx, type: EntityType, id: number, version: number): Promise<string | null> {
  const revision = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType: type, entityId: id, version } },
    select: { authorEmail: true },
  });
  return revision && revision.authorEmail !== "" ? revision.authorEmail : null;
}
