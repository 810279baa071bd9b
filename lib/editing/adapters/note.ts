import "server-only";
import type { Note } from "@/lib/db/generated/client";
import { noteSchema, updateNoteSchema, NOTE_PAGES, NOTE_TARGET_TYPES, type NoteValues } from "@/lib/schemas/note";
import type { FieldErrors } from "@/lib/schemas/common";
import type { Tx } from "../adapter";
import { statusOf, tableAdapter } from "./table";

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

export const noteAdapter = tableAdapter<Note, NoteValues>({
  type: "note",
  schema: noteSchema,
  updateSchema: updateNoteSchema,
  delegate: (tx) => tx.note,
  values: (row) => ({
    slug: row.slug,
    targetType: NOTE_TARGET_TYPES.find((t) => t === row.targetType) ?? "page",
    targetId: row.targetId,
    pageKey: NOTE_PAGES.find((p) => p === row.pageKey) ?? null,
    titleZh: row.titleZh, titleEn: row.titleEn, bodyZh: row.bodyZh, bodyEn: row.bodyEn,
    source: row.source, position: row.position, status: statusOf(row.status),
  }),
  async checkReferences(tx, values): Promise<FieldErrors> {
    return (await targetExists(tx, values)) ? {} : { targetId: ["unknownReference"] };
  },
});
