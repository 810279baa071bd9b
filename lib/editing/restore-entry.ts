import "server-only";
import type { EntityType } from "@/lib/schemas/entity-types";
import { setDeleted } from "./delete-entry";
import { guarded } from "./guarded";
import type { MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

/** Takes an entry out of the trash, as it was when deleted. */
export async function restoreEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => setDeleted(adapter, input, actor, false)));
}
