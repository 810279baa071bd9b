import "server-only";
import type { FieldErrors } from "@/lib/schemas/common";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { BaseRow, EntityAdapter, Entry, Tx } from "../adapter";
import type { EntryValues } from "../types";
import { ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

/** The part of a Prisma delegate a table-backed entity needs; tx.domain, tx.faq, tx.advantage and the rest fit it. */
export interface TableDelegate<Row extends BaseRow, V extends EntryValues> {
  findUnique(args: { where: { id: number } }): PromiseLike<Row | null>;
  findFirst(args: { where: { slug: string; id?: { not: number } }; select: { id: true } }): PromiseLike<{ id: number } | null>;
  findMany(args: { where: { deletedAt: null } | { deletedAt: { not: null } } | { id: { in: number[] } }; orderBy: typeof ORDER }): PromiseLike<Row[]>;
  create(args: { data: V & { createdAt: Date; updatedAt: Date } }): PromiseLike<{ id: number }>;
  updateMany(args: {
    where: { id: number; version: number; deletedAt: null | { not: null } };
    data: (Partial<V> & { version: { increment: number }; updatedAt: Date }) | { deletedAt: Date | null; version: { increment: number }; updatedAt: Date };
  }): PromiseLike<{ count: number }>;
  delete(args: { where: { id: number } }): PromiseLike<unknown>;
}

export interface TableSpec<Row extends BaseRow, V extends EntryValues> {
  type: EntityType;
  schema: EntityAdapter<V>["schema"];
  updateSchema: EntityAdapter<V>["updateSchema"];
  delegate: (tx: Tx) => TableDelegate<Row, V>;
  /** A row's values as its schema describes them (unknown enum values mapped to a default). */
  values: (row: Row) => V;
  /** Entries that point at this one ("type:slug"): they block a purge. */
  referencedBy?: (tx: Tx, id: number) => Promise<string[]>;
  /** Field errors for ids that point at nothing. */
  checkReferences?: (tx: Tx, values: V) => Promise<FieldErrors>;
}

/** "published" or "draft", whatever the column holds. */
export function statusOf(status: string): "published" | "draft" {
  return status === "published" ? "published" : "draft";
}

/**
 * The adapter of an entity stored in one table: every query through its own Prisma delegate, updates WHERE id AND
 * version (and not in the trash), each bumping the version. Entities declare only what differs: their values and
 * references. (Use cases, with their link tables, write their own create and update: adapters/use-case.ts.)
 */
export function tableAdapter<Row extends BaseRow, V extends EntryValues>(spec: TableSpec<Row, V>): EntityAdapter<V> {
  const { delegate } = spec;
  const toEntry = (row: Row): Entry<V> => ({
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt, values: spec.values(row),
  });
  return {
    type: spec.type,
    schema: spec.schema,
    updateSchema: spec.updateSchema,
    async load(tx, id) {
      const row = await delegate(tx).findUnique({ where: { id } });
      return row ? toEntry(row) : null;
    },
    async loadMany(tx, ids) {
      return ids.length === 0 ? [] : (await delegate(tx).findMany({ where: { id: { in: ids } }, orderBy: ORDER })).map(toEntry);
    },
    async list(tx, deleted) {
      return (await delegate(tx).findMany({ where: trashFilter(deleted), orderBy: ORDER })).map(toEntry);
    },
    async create(tx, values, now) {
      return (await delegate(tx).create({ data: { ...values, createdAt: now, updatedAt: now } })).id;
    },
    async update(tx, id, version, values, now) {
      const result = await delegate(tx).updateMany({ where: { id, version, deletedAt: null }, data: { ...values, version: { increment: 1 }, updatedAt: now } });
      return result.count === 1;
    },
    async setDeleted(tx, id, version, deletedAt, now) {
      return (await delegate(tx).updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
    },
    async purge(tx, id) {
      await delegate(tx).delete({ where: { id } });
    },
    referencedBy: spec.referencedBy ?? (async () => []),
    async slugTaken(tx, slug, exceptId) {
      return (await delegate(tx).findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
    },
    checkReferences: spec.checkReferences ?? (async () => ({})),
  };
}
