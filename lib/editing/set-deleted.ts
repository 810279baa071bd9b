import "server-only";
import { writeAudit } from "@/lib/auth/audit";
import type { Actor } from "@/lib/auth/errors";
import { catalogChanged } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { fieldErrorsOf, updateKeys } from "@/lib/schemas/common";
import type { EntityAdapter } from "./adapter";
import { currentEntry } from "./current-entry";
import { ensureBaseline, writeRevision } from "./history";
import { conflict, invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { bumpCatalogVersion } from "@/lib/catalog/version";
import { WRITE_TRANSACTION } from "./transaction-limits";

/** Moves an entry to the trash or back: update WHERE id AND version, revision and audit in one transaction. */
export async function setDeleted<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor, deleted: boolean): Promise<MutationResult> {
  const parsed = updateKeys.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { id, version } = parsed.data;
  const outcome = await db.$transaction(async (tx): Promise<MutationResult> => {
    const now = new Date();
    const before = await adapter.load(tx, id);
    if (!before) return notFound();
    const changed = await adapter.setDeleted(tx, id, version, deleted ? now : null, now);
    if (!changed) return conflict(await currentEntry(tx, adapter, id));
    if (before.version === version) await ensureBaseline(tx, adapter.type, before);
    const after = await adapter.load(tx, id);
    if (!after) throw new Error(`${adapter.type} ${id} vanished inside its own transaction`);
    await writeRevision(tx, adapter.type, after, deleted ? "delete" : "restore", actor, now);
    await writeAudit(tx, {
      action: deleted ? "content.delete" : "content.restore",
      actor,
      entityType: adapter.type,
      entityId: id,
      summary: `${after.slug} v${after.version}`,
      details: { fromVersion: version, version: after.version },
    });
    await bumpCatalogVersion(tx, now);
    return { ok: true, data: { id, version: after.version } };
  }, WRITE_TRANSACTION);
  if (outcome.ok) catalogChanged();
  return outcome;
}
