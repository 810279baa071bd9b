import "server-only";
import { writeAudit } from "@/lib/auth/audit";
import type { Actor } from "@/lib/auth/errors";
import { catalogChanged } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { fieldErrorsOf, idField } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import { z } from "zod";
import type { EntityAdapter } from "./adapter";
import { guarded } from "./guarded";
import { snapshotOf } from "./history";
import { invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./visit";
import { bumpCatalogVersion } from "@/lib/catalog/version";
import { WRITE_TRANSACTION } from "./transaction-limits";

const purgeInput = z.object({ id: idField });

/**
 * Admin only: deletes an entry from the trash for good, with its revisions. Refused while other entries point at
 * it, so that nothing changes silently; the audit row keeps the last snapshot.
 */
export async function purgeEntry(type: EntityType, input: unknown): Promise<MutationResult<{ id: number }>> {
  return guarded("admin", (actor) => withAdapter(type, (adapter) => purge(adapter, input, actor)));
}

async function purge<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor): Promise<MutationResult<{ id: number }>> {
  const parsed = purgeInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { id } = parsed.data;
  const outcome = await db.$transaction(async (tx): Promise<MutationResult<{ id: number }>> => {
    const entry = await adapter.load(tx, id);
    if (!entry || entry.deletedAt === null) return notFound("Only entries in the trash can be purged.");
    const references = await adapter.referencedBy(tx, id);
    if (references.length > 0) {
      return { ok: false, kind: "in-use", message: "Other entries still point at this one.", references };
    }
    await tx.revision.deleteMany({ where: { entityType: adapter.type, entityId: id } });
    await adapter.purge(tx, id);
    await writeAudit(tx, {
      action: "content.purge",
      actor,
      entityType: adapter.type,
      entityId: id,
      summary: entry.slug,
      details: { version: entry.version, snapshot: JSON.parse(snapshotOf(entry)) as unknown },
    });
    await bumpCatalogVersion(tx);
    return { ok: true, data: { id } };
  }, WRITE_TRANSACTION);
  if (outcome.ok) catalogChanged();
  return outcome;
}
