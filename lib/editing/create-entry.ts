import "server-only";
import type { Actor } from "@/lib/auth/errors";
import { fieldErrorsOf } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter } from "./adapter";
import { commitEntryChange } from "./commit-change";
import { guarded } from "./guarded";
import { preflight } from "./preflight";
import { invalid, type EntryValues, type MutationResult } from "./types";
import { withAdapter } from "./adapter-registry";

/** Creates an entry (version 1) with its first revision and an audit row, through the write skeleton. */
export async function createEntry(type: EntityType, input: unknown): Promise<MutationResult> {
  return guarded("editor", (actor) => withAdapter(type, (adapter) => create(adapter, input, actor)));
}

async function create<V extends EntryValues>(adapter: EntityAdapter<V>, input: unknown, actor: Actor): Promise<MutationResult> {
  const parsed = adapter.schema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const values = parsed.data;
  const problems = await preflight(adapter, values, null);
  if (problems) return invalid(problems);
  return commitEntryChange(
    adapter,
    { actor, audit: "content.create", revision: "create", details: (_before, after) => ({ version: after?.version, status: after?.status }) },
    (tx, now) => adapter.create(tx, values, now),
  );
}
