import "server-only";
import { writeAudit } from "@/lib/auth/audit";
import type { AuditAction } from "@/lib/auth/audit-actions";
import type { Actor } from "@/lib/auth/errors";
import { catalogChanged } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { diffSnapshots } from "@/lib/diff/snapshot-diff";
import type { EntityAdapter } from "./adapter";
import { currentEntry } from "./current-entry";
import { isUniqueViolation } from "./db-errors";
import { ensureBaseline, writeRevision, type RevisionAction } from "./history";
import { conflict, invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { bumpCatalogVersion } from "@/lib/catalog/version";
import { WRITE_TRANSACTION } from "./transaction-limits";


/**
 * The one write path for changing an entry's values (a save, or a restore of an old revision):
 * one transaction { update WHERE id AND version (zero rows = conflict, nothing written), revision, audit },
 * then the catalog caches are told, after the commit.
 */
export async function applyUpdate<V extends EntryValues>(
  adapter: EntityAdapter<V>,
  args: { id: number; version: number; values: V; actor: Actor; revision: RevisionAction; audit: AuditAction; details?: Record<string, unknown> },
): Promise<MutationResult> {
  const { id, version, values, actor } = args;
  let outcome: MutationResult;
  try {
    outcome = await db.$transaction(async (tx): Promise<MutationResult> => {
      const now = new Date();
      const before = await adapter.load(tx, id);
      if (!before) return notFound();
      const updated = await adapter.update(tx, id, version, values, now);
      if (!updated) return conflict(await currentEntry(tx, adapter, id));
      if (before.version === version) await ensureBaseline(tx, adapter.type, before);
      const after = await adapter.load(tx, id);
      if (!after) throw new Error(`${adapter.type} ${id} vanished inside its own transaction`);
      await writeRevision(tx, adapter.type, after, args.revision, actor, now);
      const changed = diffSnapshots(before.values, after.values).map((c) => c.field);
      await writeAudit(tx, {
        action: args.audit,
        actor,
        entityType: adapter.type,
        entityId: id,
        summary: `${after.slug} v${after.version}`,
        details: { fromVersion: version, version: after.version, changed, ...args.details },
      });
      await bumpCatalogVersion(tx, now);
      return { ok: true, data: { id, version: after.version } };
    }, WRITE_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: ["slugTaken"] });
    throw error;
  }
  if (outcome.ok) catalogChanged();
  return outcome;
}
