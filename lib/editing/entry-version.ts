import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { EntityType } from "@/lib/schemas/entity-types";

/** The newest saved version of an entry, who saved it and when: what an open form polls for (issue 14). */
export interface EntryVersion {
  version: number;
  updatedAt: string;
  /** Email of whoever saved it; null for the seed or an import by the system. */
  by: string | null;
}

/**
 * One indexed read of the newest revision (every version writes one in its own transaction), so that polling every
 * few seconds stays cheap. Null when the entry has no revision (unknown or purged).
 */
export async function entryVersion(type: EntityType, id: number): Promise<EntryVersion | null> {
  await requireEditor();
  const revision = await db.revision.findFirst({
    where: { entityType: type, entityId: id },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, authorEmail: true },
  });
  if (!revision) return null;
  return { version: revision.version, updatedAt: revision.createdAt.toISOString(), by: revision.authorEmail === "" ? null : revision.authorEmail };
}
