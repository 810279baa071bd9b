import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import type { EntityType } from "@/lib/schemas/entity-types";

export interface RevisionView {
  id: number;
  version: number;
  action: string;
  authorEmail: string;
  createdAt: string;
  snapshot: Record<string, unknown>;
}

/** All revisions of an entry, newest first. */
export async function entryHistory(type: EntityType, id: number): Promise<RevisionView[]> {
  await requireEditor();
  const rows = await db.revision.findMany({ where: { entityType: type, entityId: id }, orderBy: { version: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    action: r.action,
    authorEmail: r.authorEmail,
    createdAt: r.createdAt.toISOString(),
    snapshot: parseSnapshot(r.snapshot),
  }));
}

function parseSnapshot(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
