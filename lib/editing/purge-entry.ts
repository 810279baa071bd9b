import "server-only";
import type { Actor } from "@/lib/auth/errors";
import { fieldErrorsOf, idField } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import { z } from "zod";
import type { EntityAdapter } from "./adapter";
import { commitEntryChange } from "./commit-change";
import { guarded } from "./guarded";
import { snapshotOf } from "./revisions";
import { invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

const purgeInput = z.object({ id: idField });
const ONLY_TRASH = "Only entries in the trash can be purged.";

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
  const result = await commitEntryChange(
    adapter,
    {
      actor,
      audit: "content.purge",
      revision: null,
      target: { id, version: null },
      missing: ONLY_TRASH,
      details: (before) => ({ version: before?.version, snapshot: before ? (JSON.parse(snapshotOf(before)) as unknown) : null }),
    },
    async (tx, _now, entry) => {
      if (!entry || entry.deletedAt === null) return notFound(ONLY_TRASH);
      const references = await adapter.referencedBy(tx, id);
      if (references.length > 0) return { ok: false, kind: "in-use", message: "Other entries still point at this one.", references };
      await tx.revision.deleteMany({ where: { entityType: adapter.type, entityId: id } });
      await adapter.purge(tx, id);
      return true;
    },
  );
  return result.ok ? { ok: true, data: { id: result.data.id } } : result;
}
