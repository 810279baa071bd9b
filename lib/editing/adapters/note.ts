import "server-only";
import { noteSchema, updateNoteSchema, NOTE_PAGES, NOTE_TARGET_TYPES, type NoteValues } from "@/lib/schemas/note";
import type { Note } from "@/lib/db/generated/client";
import type { FieldErrors } from "@/lib/schemas/common";
import type { EntityAdapter, Entry, Tx } from "../adapter";
import { ORDER, setDeletedArgs, slugWhere, trashFilter } from "./common";

function toEntry(row: Note): Entry<NoteValues> {
  return {
    id: row.id, slug: row.slug, version: row.version, status: row.status, deletedAt: row.deletedAt, updatedAt: row.updatedAt,
    values: {
      slug: row.slug,
      targetType: NOTE_TARGET_TYPES.find((t) => t === row.targetType) ?? "page",
      targetId: row.targetId,
      pageKey: NOTE_PAGES.find((p) => p === row.pageKey) ?? null,
      titleZh: row.titleZh, titleEn: row.titleEn, bodyZh: row.bodyZh, bodyEn: row.bodyEn,
      source: row.source, position: row.position, status: row.status === "published" ? "published" : "draft",
    },
  };
}

async function targetExists(tx: Tx, values: NoteValues): Promise<boolean> {
  const id = values.targetId;
  if (values.targetType === "page" || id === null) return true;
  const select = { id: true } as const;
  switch (values.targetType) {
    case "technique":
      return (await tx.technique.findUnique({ where: { id }, select })) !== null;
    case "resource":
      return (await tx.resource.findUnique({ where: { id }, select })) !== null;
    case "use-case":
      return (await tx.useCase.findUnique({ where: { id }, select })) !== null;
    case "domain":
      return (await tx.domain.findUnique({ where: { id }, select })) !== null;
  }
}

export const noteAdapter: EntityAdapter<NoteValues> = {
  type: "note",
  schema: noteSchema,
  updateSchema: updateNoteSchema,
  async load(tx, id) {
    const row = await tx.note.findUnique({ where: { id } });
    return row ? toEntry(row) : null;
  },
  async list(tx, deleted) {
    return (await tx.note.findMany({ where: trashFilter(deleted), orderBy: ORDER })).map(toEntry);
  },
  async create(tx, values, now) {
    return (await tx.note.create({ data: { ...values, createdAt: now, updatedAt: now } })).id;
  },
  async update(tx, id, version, values, now) {
    return (await tx.note.updateMany({ where: { id, version, deletedAt: null }, data: { ...values, version: { increment: 1 }, updatedAt: now } })).count === 1;
  },
  async setDeleted(tx, id, version, deletedAt, now) {
    return (await tx.note.updateMany(setDeletedArgs(id, version, deletedAt, now))).count === 1;
  },
  async purge(tx, id) {
    await tx.note.delete({ where: { id } });
  },
  async referencedBy() {
    return [];
  },
  async slugTaken(tx, slug, exceptId) {
    return (await tx.note.findFirst({ where: slugWhere(slug, exceptId), select: { id: true } })) !== null;
  },
  async checkReferences(tx, values): Promise<FieldErrors> {
    return (await targetExists(tx, values)) ? {} : { targetId: ["unknownReference"] };
  },
};
