import "server-only";
import { db } from "@/lib/db/client";
import { slugField } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import { guarded } from "./guarded";
import type { MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

/** For the editor's live uniqueness check: is this slug well-formed and free (trash included)? */
export async function checkSlug(type: EntityType, slug: unknown, exceptId: number | null): Promise<MutationResult<{ valid: boolean; available: boolean }>> {
  return guarded("editor", async () => {
    const parsed = slugField.safeParse(slug);
    if (!parsed.success) return { ok: true as const, data: { valid: false, available: false } };
    const taken = await withAdapter(type, (adapter) => adapter.slugTaken(db, parsed.data, exceptId));
    return { ok: true as const, data: { valid: true, available: !taken } };
  });
}
