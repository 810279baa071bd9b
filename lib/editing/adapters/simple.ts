import "server-only";
import {
  aliasedEntrySchema,
  aliasedEntryUpdateSchema,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type AliasedEntryValues,
  type SimpleEntryValues,
} from "@/lib/schemas/simple-entry";
import type { EntityType } from "@/lib/schemas/entity-types";
import { traitSchema, updateTraitSchema, type TraitValues } from "@/lib/schemas/trait";
import type { EntityAdapter, Entry, Tx } from "../adapter";
import { ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

interface SimpleRow {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  source: string;
  position: number;
  status: string;
  version: number;
  deletedAt: Date | null;
  updatedAt: Date;
  /** Mechanisms and challenges only. */
  aliasesZh?: string;
  aliasesEn?: string;
  /** Traits only. */
  basis?: string;
}

/** The part of a Prisma delegate the simple entities need; tx.advantage, tx.driver and the rest all fit it. */
interface SimpleDelegate {
  findUnique(args: { where: { id: number } }): PromiseLike<SimpleRow | null>;
  findFirst(args: { where: { slug: string; id?: { not: number } }; select: { id: true } }): PromiseLike<{ id: number } | null>;
  findMany(args: { where: { deletedAt: null } | { deletedAt: { not: null } }; orderBy: typeof ORDER }): PromiseLike<SimpleRow[]>;
  create(args: { data: (SimpleEntryValues | AliasedEntryValues | TraitValues) & { createdAt: Date; updatedAt: Date } }): PromiseLike<{ id: number }>;
  updateMany(args: {
    where: { id: number; version: number; deletedAt: null | { not: null } };
    data: (Partial<SimpleEntryValues | AliasedEntryValues | TraitValues> & { version: { increment: number }; updatedAt: Date }) | { deletedAt: Date | null; version: { increment: number }; updatedAt: Date };
  }): PromiseLike<{ count: number }>;
  delete(args: { where: { id: number } }): PromiseLike<unknown>;
}

function toEntry(row: SimpleRow): Entry<SimpleEntryValues> {
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status,
    deletedAt: row.deletedAt,
    updatedAt: row.updatedAt,
    values: {
      slug: row.slug,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      summaryZh: row.summaryZh,
      summaryEn: row.summaryEn,
      source: row.source,
      position: row.position,
      status: row.status === "published" ? "published" : "draft",
    },
  };
}

function toAliasedEntry(row: SimpleRow): Entry<AliasedEntryValues> {
  const entry = toEntry(row);
  return { ...entry, values: { ...entry.values, aliasesZh: row.aliasesZh ?? "", aliasesEn: row.aliasesEn ?? "" } };
}

interface Shape<V extends SimpleEntryValues> {
  schema: EntityAdapter<V>["schema"];
  updateSchema: EntityAdapter<V>["updateSchema"];
  toEntry: (row: SimpleRow) => Entry<V>;
}

function toTraitEntry(row: SimpleRow): Entry<TraitValues> {
  const entry = toEntry(row);
  return { ...entry, values: { ...entry.values, basis: row.basis === "editorial" ? "editorial" : "article" } };
}

const SIMPLE: Shape<SimpleEntryValues> = { schema: simpleEntrySchema, updateSchema: simpleEntryUpdateSchema, toEntry };
const ALIASED: Shape<AliasedEntryValues> = { schema: aliasedEntrySchema, updateSchema: aliasedEntryUpdateSchema, toEntry: toAliasedEntry };
const TRAIT: Shape<TraitValues> = { schema: traitSchema, updateSchema: updateTraitSchema, toEntry: toTraitEntry };

/**
 * Mechanisms, advantages, drivers, challenges and trends: same columns, different tables (mechanisms and challenges
 * also have aliases: `shape`). `linkedFrom` names the
 * use cases that link to an entry (mechanisms and challenges), which block a purge.
 */
export function simpleAdapter<V extends SimpleEntryValues>(
  type: EntityType,
  shape: Shape<V>,
  delegate: (tx: Tx) => SimpleDelegate,
  linkedFrom: (tx: Tx, id: number) => Promise<string[]> = async () => [],
): EntityAdapter<V> {
  const toEntry = shape.toEntry;
  return {
    type,
    schema: shape.schema,
    updateSchema: shape.updateSchema,
    async load(tx, id) {
      const row = await delegate(tx).findUnique({ where: { id } });
      return row ? toEntry(row) : null;
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
    referencedBy: linkedFrom,
    async slugTaken(tx, slug, exceptId) {
      return (await delegate(tx).findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
    },
    async checkReferences() {
      return {};
    },
  };
}

export const mechanismAdapter = simpleAdapter("mechanism", ALIASED, (tx) => tx.fusionMechanism, async (tx, id) =>
  (await tx.useCaseMechanism.findMany({ where: { mechanismId: id }, select: { useCase: { select: { slug: true } } } })).map((l) => `use-case:${l.useCase.slug}`),
);
export const challengeAdapter = simpleAdapter("challenge", ALIASED, (tx) => tx.challenge, async (tx, id) =>
  (await tx.useCaseChallenge.findMany({ where: { challengeId: id }, select: { useCase: { select: { slug: true } } } })).map((l) => `use-case:${l.useCase.slug}`),
);
export const advantageAdapter = simpleAdapter("advantage", SIMPLE, (tx) => tx.advantage);
export const driverAdapter = simpleAdapter("driver", SIMPLE, (tx) => tx.driver);
export const trendAdapter = simpleAdapter("trend", SIMPLE, (tx) => tx.trend);
export const traitAdapter = simpleAdapter("trait", TRAIT, (tx) => tx.trait);
