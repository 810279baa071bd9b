import "server-only";
import { db } from "@/lib/db/client";
import type { FieldErrors } from "@/lib/schemas/common";
import type { EntityAdapter } from "./adapter";
import type { EntryValues } from "./types";

/** Checks that need the database, before the transaction: a free slug and existing references. */
export async function preflight<V extends EntryValues>(adapter: EntityAdapter<V>, values: V, exceptId: number | null): Promise<FieldErrors | null> {
  const errors: FieldErrors = { ...(await adapter.checkReferences(db, values)) };
  if (await adapter.slugTaken(db, String(values.slug), exceptId)) errors.slug = ["slugTaken"];
  return Object.keys(errors).length > 0 ? errors : null;
}
