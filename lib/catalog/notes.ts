import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { PUBLISHED } from "./visibility";

export type NoteTargetType = "technique" | "resource" | "use-case" | "domain";

async function loadNotesFor(targetType: NoteTargetType, targetIds: number[]) {
  if (targetIds.length === 0) return [];
  return db.note.findMany({
    where: { ...PUBLISHED, targetType, targetId: { in: targetIds } },
    orderBy: { position: "asc" },
  });
}

async function loadNotesForPage(pageKey: "about" | "lab") {
  return db.note.findMany({ where: { ...PUBLISHED, targetType: "page", pageKey }, orderBy: { position: "asc" } });
}

export type NoteRow = Awaited<ReturnType<typeof notesForPage>>[number];

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const notesFor = cachedByArgs("notes.notesFor", loadNotesFor);
export const notesForPage = cachedByArgs("notes.notesForPage", loadNotesForPage);
