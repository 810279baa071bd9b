import "server-only";
import { faqSchema, updateFaqSchema, type FaqValues } from "@/lib/schemas/faq";
import type { Faq } from "@/lib/db/generated/client";
import type { EntityAdapter, Entry } from "../adapter";
import { ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

function toEntry(row: Faq): Entry<FaqValues> {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt,
    values: {
      slug: row.slug, questionZh: row.questionZh, questionEn: row.questionEn, answerZh: row.answerZh, answerEn: row.answerEn,
      source: row.source, position: row.position, status: row.status === "published" ? "published" : "draft",
    },
  };
}

export const faqAdapter: EntityAdapter<FaqValues> = {
  type: "faq",
  schema: faqSchema,
  updateSchema: updateFaqSchema,
  async load(tx, id) {
    const row = await tx.faq.findUnique({ where: { id } });
    return row ? toEntry(row) : null;
  },
  async list(tx, deleted) {
    return (await tx.faq.findMany({ where: trashFilter(deleted), orderBy: ORDER })).map(toEntry);
  },
  async create(tx, values, now) {
    return (await tx.faq.create({ data: { ...values, createdAt: now, updatedAt: now } })).id;
  },
  async update(tx, id, version, values, now) {
    return (await tx.faq.updateMany({ where: { id, version, deletedAt: null }, data: { ...values, version: { increment: 1 }, updatedAt: now } })).count === 1;
  },
  async setDeleted(tx, id, version, deletedAt, now) {
    return (await tx.faq.updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
  },
  async purge(tx, id) {
    await tx.faq.delete({ where: { id } });
  },
  async referencedBy() {
    return [];
  },
  async slugTaken(tx, slug, exceptId) {
    return (await tx.faq.findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
  },
  async checkReferences() {
    return {};
  },
};
