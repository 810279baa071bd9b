import "server-only";
import { resourceSchema, updateResourceSchema, RESOURCE_KIND_VALUES, type ResourceValues } from "@/lib/schemas/resource";
import type { Resource } from "@/lib/db/generated/client";
import type { EntityAdapter, Entry } from "../adapter";
import { notesPointingAt, ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

function kind(value: string): ResourceValues["kind"] {
  return RESOURCE_KIND_VALUES.find((k) => k === value) ?? "site";
}

function toEntry(row: Resource): Entry<ResourceValues> {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt,
    values: {
      slug: row.slug, kind: kind(row.kind), nameZh: row.nameZh, nameEn: row.nameEn, creditZh: row.creditZh, creditEn: row.creditEn,
      summaryZh: row.summaryZh, summaryEn: row.summaryEn, url: row.url, verified: row.verified,
      verificationNoteZh: row.verificationNoteZh, verificationNoteEn: row.verificationNoteEn, source: row.source,
      position: row.position, status: row.status === "published" ? "published" : "draft",
    },
  };
}

export const resourceAdapter: EntityAdapter<ResourceValues> = {
  type: "resource",
  schema: resourceSchema,
  updateSchema: updateResourceSchema,
  async load(tx, id) {
    const row = await tx.resource.findUnique({ where: { id } });
    return row ? toEntry(row) : null;
  },
  async list(tx, deleted) {
    return (await tx.resource.findMany({ where: trashFilter(deleted), orderBy: ORDER })).map(toEntry);
  },
  async create(tx, values, now) {
    return (await tx.resource.create({ data: { ...values, createdAt: now, updatedAt: now } })).id;
  },
  async update(tx, id, version, values, now) {
    return (await tx.resource.updateMany({ where: { id, version, deletedAt: null }, data: { ...values, version: { increment: 1 }, updatedAt: now } })).count === 1;
  },
  async setDeleted(tx, id, version, deletedAt, now) {
    return (await tx.resource.updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
  },
  async purge(tx, id) {
    await tx.resource.delete({ where: { id } });
  },
  async referencedBy(tx, id) {
    const links = await tx.useCaseResource.findMany({ where: { resourceId: id }, select: { useCase: { select: { slug: true } } } });
    return [...links.map((l) => `use-case:${l.useCase.slug}`), ...(await notesPointingAt(tx, "resource", id))];
  },
  async slugTaken(tx, slug, exceptId) {
    return (await tx.resource.findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
  },
  async checkReferences() {
    return {};
  },
};
