import "server-only";
import type { Actor } from "@/lib/auth/errors";
import type { AuditAction } from "@/lib/auth/audit-actions";
import { db } from "@/lib/db/client";
import { diffSnapshots } from "@/lib/diff/snapshot-diff";
import { fieldErrorsOf } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { commitEntryChange } from "./commit-change";
import { guarded } from "./guarded";
import type { RevisionAction } from "./revisions";
import { preflight } from "./preflight";
import { invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

/**
 * Saves an entry. The input carries the version the editor loaded; if anyone saved since, the input is merged with
 * their changes (lib/editing/merge): fields only one side changed merge, and only fields both changed differently
 * are a conflict, with base, theirs and yours, and nothing written.
 */
export async function updateEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => update(adapter, input, actor)));
}

async function update<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor): Promise<MutationResult> {
  const parsed = adapter.updateSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { id, version } = parsed.data;
  // The update schema is the values schema plus id and version; the values schema strips those two again.
  const values = adapter.schema.parse(parsed.data);
  // A purged (or never created) entry is "not found", not a slug clash with its own former slug.
  if (!(await adapter.load(db, id))) return notFound();
  const problems = await preflight(adapter, values, id);
  if (problems) return invalid(problems);
  return writeValues(adapter, { id, version, values, actor, revision: "update", audit: "content.update", merge: true });
}

/** New values for an entry (a save, or a restore of an old revision), through the write skeleton. */
export function writeValues<V extends EntryValues>(
  adapter: EntityAdapter<V>,
  args: {
    id: number;
    version: number;
    values: V;
    actor: Actor;
    revision: RevisionAction;
    audit: AuditAction;
    details?: Record<string, unknown>;
    /** Merge with changes saved since `version` instead of refusing (a save; not a restore of an old revision). */
    merge?: boolean;
  },
): Promise<MutationResult> {
  const { id, version, values } = args;
  return commitEntryChange(
    adapter,
    {
      actor: args.actor,
      audit: args.audit,
      revision: args.revision,
      target: { id, version },
      mergeInput: args.merge ? values : undefined,
      details: (before, after) => ({
        fromVersion: version,
        version: after?.version,
        changed: before && after ? diffSnapshots(before.values, after.values).map((c) => c.field) : [],
        ...args.details,
      }),
    },
    (tx, now) => adapter.update(tx, id, version, values, now),
  );
}
