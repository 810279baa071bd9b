import "server-only";
import type { EntityType } from "@/lib/schemas/entity-types";
import { guarded } from "./guarded";
import { setDeleted } from "./set-deleted";
import type { MutationResult } from "./types";
import { withAdapter } from "./visit";

/** Soft delete: the entry goes to the trash (hidden from the public site and the API) and can be restored. */
export async function deleteEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => setDeleted(adapter, input, actor, true)));
}
