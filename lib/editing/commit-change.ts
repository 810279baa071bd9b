import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/auth/audit";
import type { AuditAction } from "@/lib/auth/audit-actions";
import { catalogChanged } from "@/lib/cache/invalidate";
import { bumpCatalogVersion } from "@/lib/cache/version";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntityAdapter, Entry, Tx } from "./adapter";
import { currentEntry } from "./current-entry";
import { isUniqueViolation } from "./db-errors";
import { mergeStaleSave } from "./merge/merge-stale";
import { writeRevision, writeRevisions, type Author, type RevisionAction } from "./revisions";
import { WRITE_TRANSACTION } from "./transaction-limits";
import { conflict, invalid, notFound, type EntryValues, type Failure, type MergeNotice, type MutationResult } from "./types";

/** An entry a change wrote; its revision commits with the change. */
export interface Written {
  type: EntityType;
  entry: Entry<EntryValues>;
  revision: RevisionAction;
}

/** What a write did: its result, the entries it wrote, and the one audit row that records it. */
export interface CatalogChange<R> {
  result: R;
  written: Written[];
  audit: Omit<AuditEntry, "actor">;
}

export interface CommitOptions {
  /** Tell this instance's caches after the commit (false only outside the server: the seed). */
  notify?: boolean;
  limits?: { maxWait: number; timeout: number };
}

const REVISION_BATCH = 20;

/**
 * The write skeleton every catalog change goes through: one transaction { the write, a revision for each entry it
 * wrote, one audit row, the catalog version bump }, then, after the commit, catalogChanged. A write that returns a
 * typed failure has written nothing, and nothing else happens.
 */
export async function commitCatalogChange<R>(
  client: PrismaClient,
  actor: Author,
  write: (tx: Tx, now: Date) => Promise<Failure | CatalogChange<R>>,
  options: CommitOptions = {},
): Promise<MutationResult<R>> {
  const outcome = await client.$transaction(async (tx): Promise<MutationResult<R>> => {
    const now = new Date();
    const change = await write(tx, now);
    if ("ok" in change) return change;
    if (change.written.length === 1) {
      const [w] = change.written as [Written];
      await writeRevision(tx, w.type, w.entry, w.revision, actor, now);
    } else {
      // An import writes many: REVISION_BATCH per statement (on PostgreSQL each is a round trip), letting the event
      // loop serve requests in between (SQLite's queries complete synchronously).
      for (let i = 0; i < change.written.length; i += REVISION_BATCH) {
        const batch = change.written.slice(i, i + REVISION_BATCH).map((w) => ({ type: w.type, entry: w.entry, action: w.revision }));
        await writeRevisions(tx, batch, actor, now);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    await writeAudit(tx, { ...change.audit, actor });
    await bumpCatalogVersion(tx, now);
    return { ok: true, data: change.result };
  }, options.limits ?? WRITE_TRANSACTION);
  if (outcome.ok && options.notify !== false) catalogChanged();
  return outcome;
}

/**
 * How a write on one entry went: the new entry's id (create), whether the row with the expected id AND version was
 * there to change (false: a conflict, nothing written), or a typed failure.
 */
export type EntryWriteOutcome = number | boolean | Failure;

export interface EntryChangeArgs<V extends EntryValues> {
  actor: Author;
  audit: AuditAction;
  /** The revision recorded for the entry after the change; null when the entry is gone (a purge). */
  revision: RevisionAction | null;
  /**
   * The entry the change is about and the version the editor loaded (absent for a create). `version: null` skips
   * the version check (a purge, which is refused unless the entry is in the trash anyway).
   */
  target?: { id: number; version: number | null };
  /** The message when the target does not exist. */
  missing?: string;
  /** The audit row's details, from the entry before and after the change. */
  details: (before: Entry<V> | null, after: Entry<V> | null) => Record<string, unknown>;
  /**
   * A save's input (issue 14): on a version mismatch it is merged three-way with what was saved since the target's
   * version, instead of refused; only fields both sides changed differently remain a conflict.
   */
  mergeInput?: V;
}

/**
 * One entry's change through the skeleton: load the target (not found → failure), write, and map "no row had this
 * id and version" to a conflict carrying the entry as saved now. This is the one place where a version mismatch
 * becomes a conflict. A unique index refusing the slug (two saves racing for it) is a field error, not a 500.
 */
export async function commitEntryChange<V extends EntryValues>(
  adapter: EntityAdapter<V>,
  args: EntryChangeArgs<V>,
  write: (tx: Tx, now: Date, before: Entry<V> | null) => Promise<EntryWriteOutcome>,
): Promise<MutationResult> {
  try {
    return await commitCatalogChange(db, args.actor, async (tx, now): Promise<Failure | CatalogChange<{ id: number; version: number; merged?: MergeNotice }>> => {
      const target = args.target;
      const before = target ? await adapter.load(tx, target.id) : null;
      if (target && !before) return notFound(args.missing);
      let outcome = await write(tx, now, before);
      if (typeof outcome === "object") return outcome;
      let merged: MergeNotice | undefined;
      if (outcome === false && target && target.version !== null && args.mergeInput) {
        const stale = await mergeStaleSave(tx, adapter, target.id, target.version, args.mergeInput, now);
        if (stale.kind === "conflict") return conflict(stale.current, stale);
        merged = stale.notice;
        outcome = true;
      }
      if (outcome === false) return target ? conflict(await currentEntry(tx, adapter, target.id)) : notFound(args.missing);
      const id = typeof outcome === "number" ? outcome : (target as { id: number }).id;
      const after = args.revision === null ? null : await adapter.load(tx, id);
      if (args.revision !== null && !after) throw new Error(`${adapter.type} ${id} vanished inside its own transaction`);
      const shown = (after ?? before) as Entry<V>;
      return {
        result: { id, version: shown.version, ...(merged ? { merged } : {}) },
        written: after && args.revision ? [{ type: adapter.type, entry: after, revision: merged ? "merge" : args.revision }] : [],
        audit: {
          action: args.audit,
          entityType: adapter.type,
          entityId: id,
          summary: after ? `${after.slug} v${after.version}` : shown.slug,
          details: { ...args.details(before, after), ...(merged ? { mergedWith: merged.withVersion, kept: merged.kept } : {}) },
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: ["slugTaken"] });
    throw error;
  }
}
