import "server-only";
import { db } from "@/lib/db/client";
import { isEntityType } from "@/lib/schemas/entity-types";
import { ENTITIES } from "@/lib/schemas/registry";
import { entryById } from "./entries";
import { hashStatusToken, isStatusTokenShape } from "./token";

export interface SuggestionStatus {
  id: number;
  kind: string;
  state: string;
  decisionReason: string;
  createdAt: Date;
  decidedAt: Date | null;
  /** The live entry an accepted suggestion became or changed, once it is published. */
  live: { path: string; nameZh: string; nameEn: string } | null;
}

/** What the private status page shows (no personal data), or null for an unknown token. */
export async function statusByToken(token: string): Promise<SuggestionStatus | null> {
  if (!isStatusTokenShape(token)) return null;
  const row = await db.suggestion.findUnique({
    where: { tokenHash: hashStatusToken(token) },
    select: { id: true, kind: true, state: true, decisionReason: true, createdAt: true, decidedAt: true, resultType: true, resultId: true },
  });
  if (!row) return null;
  // A suggestion marked as spam reads as declined: the sender learns nothing about the spam filter.
  const state = row.state === "spam" ? "declined" : row.state;
  let live: SuggestionStatus["live"] = null;
  if (state === "accepted" && row.resultType && row.resultId && isEntityType(row.resultType)) {
    const entry = await entryById(row.resultType, row.resultId);
    const path = ENTITIES[row.resultType].publicPath;
    if (entry && path && entry.status === "published" && entry.deletedAt === null) {
      const [zh, en] = ENTITIES[row.resultType].titleFields;
      live = { path: path(entry.slug), nameZh: String(entry.values[zh] ?? ""), nameEn: String(entry.values[en] ?? "") };
    }
  }
  return { id: row.id, kind: row.kind, state, decisionReason: row.state === "spam" ? "" : row.decisionReason, createdAt: row.createdAt, decidedAt: row.decidedAt, live };
}

/** The names accepted suggestions asked to be credited with, for an entry's public page. */
export async function creditsFor(type: string, id: number): Promise<string[]> {
  const rows = await db.suggestion.findMany({
    where: { resultType: type, resultId: id, state: "accepted", creditName: { not: "" } },
    select: { creditName: true },
    orderBy: { id: "asc" },
    take: 20,
  });
  return [...new Set(rows.map((r) => r.creditName))];
}
