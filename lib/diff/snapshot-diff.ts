// Field-level diff between two revision snapshots (the history page compares any two). A snapshot is a flat
// object of an entry's editable fields; link lists ({ id, basis }[]) are compared as sets keyed by id.
import { diffText, type TextSegment } from "./text-diff";

export type Snapshot = Record<string, unknown>;

export interface LinkChange {
  added: Array<{ id: number; basis: string }>;
  removed: Array<{ id: number; basis: string }>;
  basisChanged: Array<{ id: number; from: string; to: string }>;
}

export type FieldChange =
  | { field: string; kind: "text"; before: string; after: string; segments: TextSegment[] }
  | { field: string; kind: "links"; before: unknown; after: unknown; links: LinkChange }
  | { field: string; kind: "value"; before: unknown; after: unknown };

/** Canonical JSON: object keys sorted, so that key order never counts as a change. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Strings, and the null/undefined an optional text field has when empty. */
function textish(value: unknown): value is string | null | undefined {
  return typeof value === "string" || value === null || value === undefined;
}

function isLinkList(value: unknown): value is Array<{ id: number; basis: string }> {
  return (
    Array.isArray(value) &&
    value.every((v) => v !== null && typeof v === "object" && typeof (v as { id?: unknown }).id === "number" && typeof (v as { basis?: unknown }).basis === "string")
  );
}

function diffLinks(before: Array<{ id: number; basis: string }>, after: Array<{ id: number; basis: string }>): LinkChange {
  const was = new Map(before.map((l) => [l.id, l.basis]));
  const now = new Map(after.map((l) => [l.id, l.basis]));
  return {
    added: after.filter((l) => !was.has(l.id)),
    removed: before.filter((l) => !now.has(l.id)),
    basisChanged: after.flatMap((l) => {
      const from = was.get(l.id);
      return from !== undefined && from !== l.basis ? [{ id: l.id, from, to: l.basis }] : [];
    }),
  };
}

/** Changes from `before` to `after`, in `after`'s field order (fields only in `before` last). */
export function diffSnapshots(before: Snapshot | null, after: Snapshot): FieldChange[] {
  const old = before ?? {};
  const fields = [...Object.keys(after), ...Object.keys(old).filter((k) => !(k in after))];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = old[field];
    const b = after[field];
    if (stableStringify(a) === stableStringify(b)) continue;
    if (textish(a) && textish(b) && (typeof a === "string" || typeof b === "string")) {
      const from = typeof a === "string" ? a : "";
      const to = typeof b === "string" ? b : "";
      changes.push({ field, kind: "text", before: from, after: to, segments: diffText(from, to) });
      continue;
    }
    if (isLinkList(a ?? []) && isLinkList(b ?? [])) {
      changes.push({ field, kind: "links", before: a, after: b, links: diffLinks((a ?? []) as Array<{ id: number; basis: string }>, (b ?? []) as Array<{ id: number; basis: string }>) });
      continue;
    }
    changes.push({ field, kind: "value", before: a, after: b });
  }
  return changes;
}
