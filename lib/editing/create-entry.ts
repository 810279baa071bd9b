import "server-only";
import { writeAudit } from "@/lib/auth/audit";
import type { Actor } from "@/lib/auth/errors";
import { catalogChanged } from "@/lib/catalog/invalidate";
import { db } from "@/lib/db/client";
import { fieldErrorsOf } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { isUniqueViolation } from "./db-errors";
import { guarded } from "./guarded";
import { writeRevision } from "./history";
import { preflight } from "./preflight";
import { invalid, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./visit";
import { bumpCatalogVersion } from "@/lib/catalog/version";
import { WRITE_TRANSACTION } from "./transaction-limits";

/** Creates an entry (version 1) with its first revision and an audit row, in one transaction. */
export async function createEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => create(adapter, input, actor)));
}

async function create<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor): Promise<MutationResult> {
  const parsed = adapter.schema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const values = parsed.data;
  const problems = await preflight(adapter, values, null);
  if (problems) return invalid(problems);
  let data: { id: number; version: number };
  try {
    data = await db.$transaction(async (tx) => {
      const now = new Date();
      const id = await adapter.create(tx, values, now);
      const entry = await adapter.load(tx, id);
      if (!entry) throw new Error(`${adapter.type} ${id} vanished inside its own transaction`);
      await writeRevision(tx, adapter.type, entry, "create", actor, now);
      await writeAudit(tx, {
        action: "content.create",
        actor,
        entityType: adapter.type,
        entityId: id,
        summary: `${entry.slug} v${entry.version}`,
        details: { version: entry.version, status: entry.status },
      });
      await bumpCatalogVersion(tx, now);
      return { id, version: entry.version };
    }, WRITE_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: ["slugTaken"] });
    throw error;
  }
  catalogChanged();
  return { ok: true, data };
}
