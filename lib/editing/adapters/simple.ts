import "server-only";
import {
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type SimpleEntryValues,
} from "@/lib/schemas/simple-entry";
import type { EntityType } from "@/lib/schemas/entity-types";
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
}

/** The part of a Prisma delegate the simple entities need; tx.advantage, tx.driver and the rest all fit it. */
interface SimpleDelegate {
  findUnique(args: { where: { id: number } }): PromiseLike<SimpleRow | null>;
  findFirst(args: { where: { slug: string; id?: { not: number } }; select: { id: true } }): PromiseLike<{ id: number } | null>;
  findMany(args: { where: { deletedAt: null } | { deletedAt: { not: null } }; orderBy: typeof ORDER }): PromiseLike<SimpleRow[]>;
  create(args: { data: SimpleEntryValues & { createdAt: Date; updatedAt: Date } }): PromiseLike<{ id: number }>;
  updateMany(args: {
    where: { id: number; version: number; deletedAt: null | { not: null } };
    data: (Partial<SimpleEntryValues> & { version: { increment: number }; updatedAt: Date }) | { deletedAt: Date | null; version: { increment: number }; updatedAt: Date };
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

/**
 * Mechanisms, advantages, drivers, challenges and trends: same columns, different tables. `linkedFrom` names the
 * use cases that link to an entry (mechanisms and challenges), which block a purge.
 */
export function simpleAdapter(
  type: EntityType,
  delegate: (tx: Tx) => SimpleDelegate,
  linkedFrom: (tx: Tx, id: number) => Promise<string[]> = async () => [],
): EntityAdapter<SimpleEntryValues> {
  return {
    type,
    schema: simpleEntrySchema,
    updateSchema: simpleEntryUpdateSchema,
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

export const mechanismAdapter = simpleAdapter("mechanism", (tx) => tx.fusionMechanism, async (tx, id) =>
  (await tx.useCaseMechanism.findMany({ where: { mechanismId: id }, select: { useCase: { select: { slug: true } } } })).map((l) => `use-case:${l.useCase.slug}`),
);
export const challengeAdapter = simpleAdapter("challenge", (tx) => tx.challenge, async (tx, id) =>
  (await tx.useCaseChallenge.findMany({ where: { challengeId: id }, select: { useCase: { select: { slug: true } } } })).map((l) => `use-case:${l.useCase.slug}`),
);
export const advantageAdapter = simpleAdapter("advantage", (tx) => tx.advantage);
export const driverAdapter = simpleAdapter("driver", (tx) => tx.driver);
export const trendAdapter = simpleAdapter("trend", (tx) => tx.trend);
