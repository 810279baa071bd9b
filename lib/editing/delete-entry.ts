import "server-only";
import type { Actor } from "@/lib/auth/errors";
import { fieldErrorsOf, updateKeys } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { commitEntryChange } from "./commit-change";
import { guarded } from "./guarded";
import { invalid, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

/** Soft delete: the entry goes to the trash (hidden from the public site and the API) and can be restored. */
export async function deleteEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => setDeleted(adapter, input, actor, true)));
}

/** Moves an entry to the trash or back (restore-entry.ts), through the write skeleton. */
export async function setDeleted<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor, deleted: boolean): Promise<MutationResult> {
  const parsed = updateKeys.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { id, version } = parsed.data;
  return commitEntryChange(
    adapter,
    {
      actor,
      audit: deleted ? "content.delete" : "content.restore",
      revision: deleted ? "delete" : "restore",
      target: { id, version },
      details: (_before, after) => ({ fromVersion: version, version: after?.version }),
    },
    (tx, now) => adapter.setDeleted(tx, id, version, deleted ? now : null, now),
  );
}
