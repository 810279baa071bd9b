import "server-only";
import { techniqueSchema, updateTechniqueSchema, TECHNIQUE_CATEGORY_VALUES, type TechniqueValues } from "@/lib/schemas/technique";
import type { Technique } from "@/lib/db/generated/client";
import type { EntityAdapter, Entry } from "../adapter";
import { notesPointingAt, ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

function category(value: string): TechniqueValues["category"] {
  return TECHNIQUE_CATEGORY_VALUES.find((c) => c === value) ?? "general";
}

function toEntry(row: Technique): Entry<TechniqueValues> {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt,
    values: {
      slug: row.slug, category: category(row.category), nameZh: row.nameZh, nameEn: row.nameEn, aliasesZh: row.aliasesZh, aliasesEn: row.aliasesEn,
      summaryZh: row.summaryZh, summaryEn: row.summaryEn, bodyZh: row.bodyZh, bodyEn: row.bodyEn, editorialZh: row.editorialZh, editorialEn: row.editorialEn,
      formula: row.formula, source: row.source, position: row.position,
      status: row.status === "published" ? "published" : "draft",
    },
  };
}

export const techniqueAdapter: EntityAdapter<TechniqueValues> = {
  type: "technique",
  schema: techniqueSchema,
  updateSchema: updateTechniqueSchema,
  async load(tx, id) {
    const row = await tx.technique.findUnique({ where: { id } });
    return row ? toEntry(row) : null;
  },
  async list(tx, deleted) {
    return (await tx.technique.findMany({ where: trashFilter(deleted), orderBy: ORDER })).map(toEntry);
  },
  async create(tx, values, now) {
    return (await tx.technique.create({ data: { ...values, createdAt: now, updatedAt: now } })).id;
  },
  async update(tx, id, version, values, now) {
    return (await tx.technique.updateMany({ where: { id, version, deletedAt: null }, data: { ...values, version: { increment: 1 }, updatedAt: now } })).count === 1;
  },
  async setDeleted(tx, id, version, deletedAt, now) {
    return (await tx.technique.updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
  },
  async purge(tx, id) {
    await tx.technique.delete({ where: { id } });
  },
  async referencedBy(tx, id) {
    const links = await tx.useCaseTechnique.findMany({ where: { techniqueId: id }, select: { useCase: { select: { slug: true } } } });
    return [...links.map((l) => `use-case:${l.useCase.slug}`), ...(await notesPointingAt(tx, "technique", id))];
  },
  async slugTaken(tx, slug, exceptId) {
    return (await tx.technique.findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
  },
  async checkReferences() {
    return {};
  },
};
