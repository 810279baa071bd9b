import "server-only";
import { domainSchema, updateDomainSchema, type DomainValues } from "@/lib/schemas/domain";
import type { Domain } from "@/lib/db/generated/client";
import type { EntityAdapter, Entry } from "../adapter";
import { notesPointingAt, ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

function toEntry(row: Domain): Entry<DomainValues> {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt,
    values: {
      slug: row.slug, nameZh: row.nameZh, nameEn: row.nameEn, aliasesZh: row.aliasesZh, aliasesEn: row.aliasesEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn,
      bodyZh: row.bodyZh, bodyEn: row.bodyEn, editorialZh: row.editorialZh, editorialEn: row.editorialEn, source: row.source, position: row.position,
      status: row.status === "published" ? "published" : "draft",
    },
  };
}

export const domainAdapter: EntityAdapter<DomainValues> = {
  type: "domain",
  schema: domainSchema,
  updateSchema: updateDomainSchema,
  async load(tx, id) {
    const row = await tx.domain.findUnique({ where: { id } });
    return row ? toEntry(row) : null;
  },
  async list(tx, deleted) {
    return (await tx.domain.findMany({ where: trashFilter(deleted), orderBy: ORDER })).map(toEntry);
  },
  async create(tx, values, now) {
    return (await tx.domain.create({ data: { ...values, createdAt: now, updatedAt: now } })).id;
  },
  async update(tx, id, version, values, now) {
    return (await tx.domain.updateMany({ where: { id, version, deletedAt: null }, data: { ...values, version: { increment: 1 }, updatedAt: now } })).count === 1;
  },
  async setDeleted(tx, id, version, deletedAt, now) {
    return (await tx.domain.updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
  },
  async purge(tx, id) {
    await tx.domain.delete({ where: { id } });
  },
  async referencedBy(tx, id) {
    const useCases = await tx.useCase.findMany({ where: { domainId: id }, select: { slug: true } });
    return [...useCases.map((u) => `use-case:${u.slug}`), ...(await notesPointingAt(tx, "domain", id))];
  },
  async slugTaken(tx, slug, exceptId) {
    return (await tx.domain.findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
  },
  async checkReferences() {
    return {};
  },
};
