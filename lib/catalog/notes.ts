import "server-only";
import { db } from "@/lib/db/client";
import { PUBLISHED } from "./visibility";

export type NoteTargetType = "technique" | "resource" | "use-case" | "domain";

export async function notesFor(targetType: NoteTargetType, targetIds: number[]) {
  if (targetIds.length === 0) return [];
  return db.note.findMany({
    where: { ...PUBLISHED, targetType, targetId: { in: targetIds } },
    orderBy: { position: "asc" },
  });
}

export async function notesForPage(pageKey: "about" | "lab") {
  return db.note.findMany({ where: { ...PUBLISHED, targetType: "page", pageKey }, orderBy: { position: "asc" } });
}

export type NoteRow = Awaited<ReturnType<typeof notesForPage>>[number];
