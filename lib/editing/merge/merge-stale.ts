import "server-only";
import type { EntityAdapter, Entry, Tx } from "../adapter";
import { currentEntry } from "../current-entry";
import type { CurrentEntry, EntryValues, MergeNotice } from "../types";
import { threeWayMerge, type FieldConflict } from "./three-way";

/** What a stale save became: written as a merge, or a conflict (with the fields both sides changed, when known). */
export type StaleSaveOutcome<V extends EntryValues> =
  | { kind: "merged"; entry: Entry<V>; notice: MergeNotice }
  | { kind: "conflict"; current: CurrentEntry | null; conflicts?: FieldConflict[]; baseVersion?: number; merged?: Record<string, unknown> };

/** The values of one revision's snapshot, without the bookkeeping flag; null when that revision was never recorded. */
export async function baseValues(tx: Tx, type: string, id: number, version: number): Promise<Record<string, unknown> | null> {
  const revision = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType: type, entityId: id, version } },
    select: { snapshot: true },
  });
  if (!revision) return null;
  try {
    const value: unknown = JSON.parse(revision.snapshot);
    if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
    const values = { ...(value as Record<string, unknown>) };
    delete values.deleted;
    return values;
  } catch {
    return null;
  }
}

/**
 * A save whose version no longer matched (inside the save's transaction): merge the editor's input with what was
 * saved since, from the revision of the version the editor loaded. No true conflict → write the merge on top of the
 * current version. Anything else (a deleted entry, a missing base revision, a merge the schema refuses, a further
 * race) stays the conflict it was, and nothing is written.
 */
export async function mergeStaleSave<V extends EntryValues>(
  tx: Tx,
  adapter: EntityAdapter<V>,
  id: number,
  baseVersion: number,
  yours: V,
  now: Date,
): Promise<StaleSaveOutcome<V>> {
  const current = await currentEntry(tx, adapter, id);
  if (!current || current.deleted || current.version <= baseVersion) return { kind: "conflict", current };
  const base = await baseValues(tx, adapter.type, id, baseVersion);
  if (!base) return { kind: "conflict", current };
  const outcome = threeWayMerge({ base, theirs: current.values, yours, theirsDeleted: current.deleted });
  if (outcome.kind === "deleted") return { kind: "conflict", current };
  if (outcome.kind === "conflict") return { kind: "conflict", current, conflicts: outcome.conflicts, baseVersion, merged: outcome.values };
  const parsed = adapter.schema.safeParse(outcome.values);
  if (!parsed.success) return { kind: "conflict", current };
  if (!(await adapter.update(tx, id, current.version, parsed.data, now))) return { kind: "conflict", current };
  const entry = await adapter.load(tx, id);
  if (!entry) throw new Error(`${adapter.type} ${id} vanished inside its own transaction`);
  return { kind: "merged", entry, notice: { withVersion: current.version, by: current.updatedBy, kept: outcome.kept, values: entry.values } };
}
