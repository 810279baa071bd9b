import "server-only";
import type { Actor } from "@/lib/auth/errors";
import { db } from "@/lib/db/client";
import { fieldErrorsOf, idField, updateKeys } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import type { EntityAdapter } from "./adapter";
import { writeValues } from "./update-entry";
import { guarded } from "./guarded";
import { preflight } from "./preflight";
import { invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

const revertInput = updateKeys.extend({ revisionId: idField });

/**
 * Restores an old revision's values as a new version (history is never rewritten). Like a save, it names the
 * version it expects, so restoring over someone's newer edit is a conflict.
 */
export async function revertEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => revert(adapter, input, actor)));
}

async function revert<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor): Promise<MutationResult> {
  const parsed = revertInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { id, version, revisionId } = parsed.data;
  const revision = await db.revision.findFirst({ where: { id: revisionId, entityType: adapter.type, entityId: id } });
  if (!revision) return notFound("No such revision of this entry.");
  const values = adapter.schema.safeParse(snapshotValues(revision.snapshot, ENTITIES[adapter.type].defaults));
  if (!values.success) return invalid(fieldErrorsOf(values.error), "That revision no longer fits the current schema.");
  const problems = await preflight(adapter, values.data, id);
  if (problems) return invalid(problems, "That revision points at entries that no longer exist, or its slug is taken.");
  return writeValues(adapter, {
    id,
    version,
    values: values.data,
    actor,
    revision: "revert",
    audit: "content.revert",
    details: { revertedTo: revision.version, revisionId },
  });
}

/**
 * The values a snapshot recorded. A field added since it was written (e.g. a use case's editorial text, issue 13)
 * takes its default, as the entry had no such text then; every field the snapshot has keeps its value.
 */
function snapshotValues(snapshot: string, defaults: Record<string, unknown>): unknown {
  const parsed: unknown = JSON.parse(snapshot);
  if (parsed === null || typeof parsed !== "object") return parsed;
  const { deleted, ...values } = parsed as Record<string, unknown>;
  void deleted;
  return { ...defaults, ...values };
}

