// The field-level patch a reader's "Suggest an edit" stores (issue 15): for each field the reader changed, the value
// in the version they saw (`from`) and the value they propose (`to`). Pure: no React, no Prisma.
//
// A patch is made against one version of an entry (`baseVersion`). Applying it sets each chosen field to `to`;
// fields the patch does not name keep the entry's current values. When the entry has moved on since the base version,
// `diffAgainstCurrent` shows per field whether the current value still equals the base (`clean`) or an editor has
// changed it meanwhile (`movedOn`), so that the editor can choose which fields to apply.

export type PatchValue = string | number | null | readonly number[];

export interface FieldChange {
  from: PatchValue;
  to: PatchValue;
}

export interface FieldPatch {
  baseVersion: number;
  fields: Record<string, FieldChange>;
}

export type Values = Record<string, unknown>;

/** Link lists compare as sets of ids; a link list's entries may be ids or { id, … } objects. */
export function normalizeValue(value: unknown): PatchValue {
  if (Array.isArray(value)) {
    const ids = value
      .map((v) => (typeof v === "number" ? v : v && typeof v === "object" && "id" in v ? Number((v as { id: unknown }).id) : NaN))
      .filter((n) => Number.isInteger(n));
    return [...new Set(ids)].sort((a, b) => a - b);
  }
  if (typeof value === "string" || typeof value === "number") return value;
  return null;
}

export function sameValue(a: unknown, b: unknown): boolean {
  const x = normalizeValue(a);
  const y = normalizeValue(b);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
  // "" and null both mean "not written" (optional URLs are stored as null, typed as "").
  return (x ?? "") === (y ?? "");
}

/** The patch from the base values to the proposed ones, over the given fields; unchanged fields are left out. */
export function makePatch(baseVersion: number, base: Values, proposed: Values, fields: readonly string[]): FieldPatch {
  const out: Record<string, FieldChange> = {};
  for (const field of fields) {
    if (!(field in proposed)) continue;
    if (sameValue(base[field], proposed[field])) continue;
    out[field] = { from: normalizeValue(base[field]), to: normalizeValue(proposed[field]) };
  }
  return { baseVersion, fields: out };
}

export function isEmptyPatch(patch: FieldPatch): boolean {
  return Object.keys(patch.fields).length === 0;
}

/**
 * The current values with the patch's chosen fields set to their proposed value. A link list keeps the current
 * entries' other attributes (their basis) where the id stays, and new ids get `newLink(id)`.
 */
export function applyPatch(
  current: Values,
  patch: FieldPatch,
  chosen: readonly string[] = Object.keys(patch.fields),
  newLink: (id: number) => unknown = (id) => ({ id, basis: "editorial" }),
): Values {
  const next: Values = { ...current };
  for (const field of chosen) {
    const change = patch.fields[field];
    if (!change) continue;
    if (Array.isArray(change.to)) {
      const existing = Array.isArray(current[field]) ? (current[field] as unknown[]) : [];
      const byId = new Map<number, unknown>();
      for (const entry of existing) {
        const id = normalizeValue([entry]);
        if (Array.isArray(id) && id.length === 1) byId.set(id[0] as number, entry);
      }
      next[field] = change.to.map((id) => byId.get(id) ?? newLink(id));
    } else {
      next[field] = change.to;
    }
  }
  return next;
}

export interface DisplayChange {
  field: string;
  from: PatchValue;
  to: PatchValue;
}

/** The patch against the version it was made on, field by field, for display. */
export function diffAgainstBase(patch: FieldPatch): DisplayChange[] {
  return Object.entries(patch.fields).map(([field, c]) => ({ field, from: c.from, to: c.to }));
}

export interface CurrentChange {
  field: string;
  base: PatchValue;
  current: PatchValue;
  proposed: PatchValue;
  /** The entry's value changed since the base version (an editor saved over it). */
  movedOn: boolean;
  /** Applying this field would change nothing (the current value already is the proposal). */
  alreadyApplied: boolean;
}

/** The patch against the entry as it is now: what applying it would change, and where the entry moved on. */
export function diffAgainstCurrent(patch: FieldPatch, current: Values): CurrentChange[] {
  return Object.entries(patch.fields).map(([field, c]) => ({
    field,
    base: c.from,
    current: normalizeValue(current[field]),
    proposed: c.to,
    movedOn: !sameValue(current[field], c.from),
    alreadyApplied: sameValue(current[field], c.to),
  }));
}

/** The fields applied by default: those whose current value is still the base (no one else's change is undone). */
export function defaultChosen(changes: readonly CurrentChange[]): string[] {
  return changes.filter((c) => !c.movedOn && !c.alreadyApplied).map((c) => c.field);
}

function isPatchValue(v: unknown): v is PatchValue {
  return v === null || typeof v === "string" || typeof v === "number" || (Array.isArray(v) && v.every((n) => Number.isInteger(n)));
}

/** Reads a stored patch back; null when the text is not a patch. */
export function parsePatch(json: string): FieldPatch | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== "object") return null;
  const { baseVersion, fields } = raw as { baseVersion?: unknown; fields?: unknown };
  if (!Number.isInteger(baseVersion) || !fields || typeof fields !== "object" || Array.isArray(fields)) return null;
  const out: Record<string, FieldChange> = {};
  for (const [name, change] of Object.entries(fields as Record<string, unknown>)) {
    if (!change || typeof change !== "object") return null;
    const { from, to } = change as { from?: unknown; to?: unknown };
    if (!isPatchValue(from) || !isPatchValue(to)) return null;
    out[name] = { from, to };
  }
  return { baseVersion: baseVersion as number, fields: out };
}
