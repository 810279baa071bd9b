"use server";

// The moderation queue's server actions: thin shells around lib/suggestions/moderate.ts, whose operations call the
// one guard (editors and admins) first and audit every decision.
import type { MutationResult } from "@/lib/editing/types";
import { acceptEditSuggestion, acceptNewSuggestion, decideSuggestion } from "@/lib/suggestions/moderate";

function int(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export async function acceptNewSuggestionAction(id: number, domainId: unknown): Promise<MutationResult> {
  return acceptNewSuggestion(Number(id), int(domainId));
}

export async function acceptEditSuggestionAction(id: number, version: number, fields: unknown): Promise<MutationResult> {
  const chosen = Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string").slice(0, 100) : [];
  return acceptEditSuggestion(Number(id), Number(version), chosen);
}

export async function declineSuggestionAction(id: number, reason: unknown): Promise<MutationResult<{ id: number }>> {
  return decideSuggestion(Number(id), "declined", typeof reason === "string" ? reason : "");
}

export async function spamSuggestionAction(id: number): Promise<MutationResult<{ id: number }>> {
  return decideSuggestion(Number(id), "spam", "");
}
