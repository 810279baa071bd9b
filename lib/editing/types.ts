// Typed results of the admin's mutations (STYLE.md 4). Pure types: the forms import them too.
import type { FieldErrors } from "@/lib/schemas/common";
import type { FieldConflict } from "./merge/three-way";

export type EntryValues = Record<string, unknown>;

/** An entry as saved right now: shown beside the editor's input on a conflict. */
export interface CurrentEntry {
  id: number;
  version: number;
  values: EntryValues;
  deleted: boolean;
  updatedAt: string;
  /** Email of whoever saved this version, when a revision records it. */
  updatedBy: string | null;
}

/** A stale save that merged (issue 14): the version it was merged with, who saved that, and their fields it kept. */
export interface MergeNotice {
  withVersion: number;
  by: string | null;
  kept: string[];
  /** The entry's values as saved by the merge (the form shows them after the save). */
  values: EntryValues;
}

export type Failure =
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors; message: string }
  /** The entry changed since the editor loaded it (update WHERE id AND version matched no row). Never a success. */
  | {
      ok: false;
      kind: "conflict";
      message: string;
      current: CurrentEntry | null;
      /** The fields both sides changed differently, with base, theirs and yours (when the base revision was known). */
      conflicts?: FieldConflict[];
      baseVersion?: number;
      /** The merge of everything that did not conflict, with YOUR value in each conflicting field. */
      merged?: EntryValues;
    }
  | { ok: false; kind: "not-found"; message: string }
  | { ok: false; kind: "in-use"; message: string; references: string[] }
  | { ok: false; kind: "unauthenticated" | "forbidden"; status: 401 | 403; message: string }
  /** The database could not be reached: nothing was written; the form keeps the input (issue 21). */
  | { ok: false; kind: "unavailable"; status: 503; message: string; reason?: "timeout" };

export type MutationResult<T = { id: number; version: number; merged?: MergeNotice }> = { ok: true; data: T } | Failure;

export function invalid(fieldErrors: FieldErrors, message = "Some fields need attention."): Failure {
  return { ok: false, kind: "invalid", fieldErrors, message };
}

export function notFound(message = "No such entry."): Failure {
  return { ok: false, kind: "not-found", message };
}

export function conflict(current: CurrentEntry | null, fields?: { conflicts?: FieldConflict[]; baseVersion?: number; merged?: EntryValues }): Failure {
  return {
    ...(fields?.conflicts ? { conflicts: fields.conflicts, baseVersion: fields.baseVersion, merged: fields.merged } : {}),
    ok: false,
    kind: "conflict",
    message: "Edit conflict: this entry was changed by someone else since you opened it. Nothing was overwritten.",
    current,
  };
}

export function unavailable(): Failure {
  return {
    ok: false,
    kind: "unavailable",
    status: 503,
    message: "The database cannot be reached right now, so nothing was saved. Try again in a few seconds.",
  };
}

/**
 * A write that ran past its transaction's time limit: rolled back as a whole, so nothing was saved. A 503 (try again
 * later), never a 500; `reason` tells the form and the API's error code apart from an unreachable database.
 */
export function timedOut(message = "The change took too long and was cancelled, so nothing was saved. Try again later."): Failure {
  return { ok: false, kind: "unavailable", status: 503, message, reason: "timeout" };
}
