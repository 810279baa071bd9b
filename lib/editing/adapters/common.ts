import "server-only";
import type { Tx } from "../adapter";

/** Where-clause for "in the trash" or "not in the trash". */
export function trashFilter(deleted: boolean): { deletedAt: null } | { deletedAt: { not: null } } {
  return deleted ? { deletedAt: { not: null } } : { deletedAt: null };
}

/** Soft delete needs a live row; restore needs a deleted one. Both bump the version. */
export function setDeletedArgs(id: number, version: number, deletedAt: Date | null, now: Date) {
  return {
    where: { id, version, deletedAt: deletedAt === null ? { not: null } : null },
    data: { deletedAt, version: { increment: 1 }, updatedAt: now },
  };
}

export function slugWhere(slug: string, exceptId: number | null) {
  return exceptId === null ? { slug } : { slug, id: { not: exceptId } };
}

export const ORDER = [{ position: "asc" as const }, { id: "asc" as const }];

/** Notes pointing at an entry of a note-targetable type. */
export async function notesPointingAt(tx: Tx, targetType: "technique" | "resource" | "use-case" | "domain", id: number): Promise<string[]> {
  const notes = await tx.note.findMany({ where: { targetType, targetId: id }, select: { slug: true } });
  return notes.map((n) => `note:${n.slug}`);
}
