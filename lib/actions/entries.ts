"use server";

// The editor's server actions. Each one is a thin shell around one operation in lib/editing, which calls the
// guard first and returns a typed result; Next's own origin check applies to every action call.
import { checkSlug } from "@/lib/editing/check-slug";
import { createEntry } from "@/lib/editing/create-entry";
import { deleteEntry } from "@/lib/editing/delete-entry";
import { purgeEntry } from "@/lib/editing/purge-entry";
import { restoreEntry } from "@/lib/editing/restore-entry";
import { revertEntry } from "@/lib/editing/revert-entry";
import { invalid, type MutationResult } from "@/lib/editing/types";
import { updateEntry } from "@/lib/editing/update-entry";
import { isEntityType } from "@/lib/schemas/entity-types";

export interface SavePayload {
  /** Absent for a new entry. */
  id?: number;
  /** The version the editor loaded (updates only). */
  version?: number;
  values: Record<string, unknown>;
}

const unknownType = () => invalid({ _form: ["invalid"] }, "Unknown entry type.");

/** Creates (no id) or updates (id + version) an entry. Shaped for useActionState: (previous state, payload). */
export async function saveEntryAction(type: string, _previous: MutationResult | null, payload: SavePayload): Promise<MutationResult> {
  if (!isEntityType(type)) return unknownType();
  const values = payload && typeof payload === "object" && payload.values && typeof payload.values === "object" ? payload.values : {};
  if (payload?.id === undefined) return createEntry(type, values);
  return updateEntry(type, { ...values, id: payload.id, version: payload.version });
}

export async function deleteEntryAction(type: string, id: number, version: number): Promise<MutationResult> {
  return isEntityType(type) ? deleteEntry(type, { id, version }) : unknownType();
}

export async function restoreEntryAction(type: string, id: number, version: number): Promise<MutationResult> {
  return isEntityType(type) ? restoreEntry(type, { id, version }) : unknownType();
}

export async function purgeEntryAction(type: string, id: number): Promise<MutationResult<{ id: number }>> {
  return isEntityType(type) ? purgeEntry(type, { id }) : unknownType();
}

export async function revertEntryAction(type: string, id: number, version: number, revisionId: number): Promise<MutationResult> {
  return isEntityType(type) ? revertEntry(type, { id, version, revisionId }) : unknownType();
}

export async function checkSlugAction(type: string, slug: string, exceptId: number | null): Promise<MutationResult<{ valid: boolean; available: boolean }>> {
  return isEntityType(type) ? checkSlug(type, slug, exceptId) : unknownType();
}
