import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import type { FieldErrors } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { EntryValues } from "./types";

/** A Prisma transaction (or the client itself, for reads). */
export type Tx = Prisma.TransactionClient;

/** The bookkeeping columns every catalog table has. */
export interface BaseRow {
  id: number;
  slug: string;
  version: number;
  status: string;
  deletedAt: Date | null;
  updatedAt: Date;
}

/** One stored entry: its bookkeeping plus the values its schema describes. */
export interface Entry<V extends EntryValues> extends BaseRow {
  values: V;
}

/**
 * What the generic operations (create, update, delete, restore, purge, revert, list) need from one entity. Each
 * entity implements it with its own Prisma delegate, so every query stays fully typed; updates always filter on
 * id AND version (STYLE.md 5) and bump the version.
 */
export interface EntityAdapter<V extends EntryValues> {
  readonly type: EntityType;
  readonly schema: z.ZodType<V, unknown>;
  readonly updateSchema: z.ZodType<V & { id: number; version: number }, unknown>;
  load(tx: Tx, id: number): Promise<Entry<V> | null>;
  /** The entries with these ids (trash included), in any order: one read for many (the import's revisions). */
  loadMany(tx: Tx, ids: number[]): Promise<Array<Entry<V>>>;
  /** Every entry, deleted ones included when asked (lists, trash, export). */
  list(tx: Tx, deleted: boolean): Promise<Array<Entry<V>>>;
  create(tx: Tx, values: V, now: Date): Promise<number>;
  /** false when no row had this id and version (and was not deleted): a conflict. */
  update(tx: Tx, id: number, version: number, values: V, now: Date): Promise<boolean>;
  /** Soft delete (a date) or restore (null); false on a version mismatch or when already in that state. */
  setDeleted(tx: Tx, id: number, version: number, deletedAt: Date | null, now: Date): Promise<boolean>;
  purge(tx: Tx, id: number): Promise<void>;
  /** Entries that point at this one (they block a purge), as "type:slug". */
  referencedBy(tx: Tx, id: number): Promise<string[]>;
  /** True when another entry (trash included) has this slug. */
  slugTaken(tx: Tx, slug: string, exceptId: number | null): Promise<boolean>;
  /** Field errors for ids that point at nothing (a use case's domain and links, a note's target). */
  checkReferences(tx: Tx, values: V): Promise<FieldErrors>;
}
