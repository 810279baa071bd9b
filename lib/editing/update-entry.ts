import "server-only";
import type { Actor } from "@/lib/auth/errors";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { applyUpdate } from "./apply-update";
import { guarded } from "./guarded";
import { preflight } from "./preflight";
import { invalid, notFound, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./visit";

/**
 * Saves an entry. The input carries the version the editor loaded; if anyone saved since, the result is a
 * conflict with the current version, and nothing is written.
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
  return applyUpdate(adapter, { id, version, values, actor, revision: "update", audit: "content.update" });
}
