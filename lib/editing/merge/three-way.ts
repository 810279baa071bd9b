// The three-way merge of an entry (issue 14): pure, so the save path, the JSON entry API and suggestions share it.
// base = the values the editor loaded, theirs = the values saved since, yours = the editor's input. Field by field:
// a field only one side changed takes that side's value; an identical change on both sides is no conflict; link
// lists ({ id, basis }[]) merge as sets keyed by id, with additions and removals from both sides; only a field both
// sides changed differently is a conflict, reported with all three values so that nothing typed is lost.
import { stableStringify } from "@/lib/diff/snapshot-diff";

export type MergeValues = Record<string, unknown>;

export interface LinkItem {
  id: number;
  basis: string;
}

/** One field both sides changed, differently: the three values, for the editor to choose from. */
export interface FieldConflict {
  field: string;
  base: unknown;
  theirs: unknown;
  yours: unknown;
}

export type MergeOutcome =
  /** Nothing conflicts: `values` is the merged entry; `kept` names the fields whose saved change was kept. */
  | { kind: "merged"; values: MergeValues; kept: string[]; yours: string[] }
  /** Fields both sides changed differently; `values` is the merge with YOUR value in each conflicting field. */
  | { kind: "conflict"; values: MergeValues; kept: string[]; conflicts: FieldConflict[] }
  /** The saved entry is in the trash (or gone): there is nothing to merge into. */
  | { kind: "deleted" };

const same = (a: unknown, b: unknown) => stableStringify(a ?? null) === stableStringify(b ?? null);

export function isLinkList(value: unknown): value is LinkItem[] {
  return (
    Array.isArray(value) &&
    value.every((v) => v !== null && typeof v === "object" && typeof (v as { id?: unknown }).id === "number" && typeof (v as { basis?: unknown }).basis === "string")
  );
}

/**
 * Three-way merge of one link set, item by item (keyed by id; an absent item is "not linked"). Returns null when
 * the two sides disagree about one item (e.g. both changed its basis differently, or one removed what the other
 * re-based). The order is theirs, then your additions.
 */
export function mergeLinks(base: LinkItem[], theirs: LinkItem[], yours: LinkItem[]): LinkItem[] | null {
  const b = new Map(base.map((l) => [l.id, l.basis]));
  const t = new Map(theirs.map((l) => [l.id, l.basis]));
  const y = new Map(yours.map((l) => [l.id, l.basis]));
  const ids = [...new Set([...theirs.map((l) => l.id), ...yours.map((l) => l.id), ...base.map((l) => l.id)])];
  const merged: LinkItem[] = [];
  for (const id of ids) {
    const choice = mergeScalar(b.get(id), t.get(id), y.get(id));
    if (choice.conflict) return null;
    if (choice.value !== undefined) merged.push({ id, basis: choice.value as string });
  }
  return merged;
}

function mergeScalar(base: unknown, theirs: unknown, yours: unknown): { conflict: false; value: unknown; from: "base" | "theirs" | "yours" | "both" } | { conflict: true } {
  const theyChanged = !same(base, theirs);
  const youChanged = !same(base, yours);
  if (!theyChanged) return { conflict: false, value: yours, from: youChanged ? "yours" : "base" };
  if (!youChanged) return { conflict: false, value: theirs, from: "theirs" };
  if (same(theirs, yours)) return { conflict: false, value: yours, from: "both" };
  return { conflict: true };
}

/**
 * Merges base → theirs and base → yours. `theirsDeleted` (the saved entry is in the trash, or theirs is null) is its
 * own outcome. A base two or more versions behind works the same way: theirs holds every change saved since.
 */
export function threeWayMerge(args: { base: MergeValues; theirs: MergeValues | null; yours: MergeValues; theirsDeleted?: boolean }): MergeOutcome {
  const { base, theirs, yours } = args;
  if (theirs === null || args.theirsDeleted) return { kind: "deleted" };
  const fields = [...new Set([...Object.keys(yours), ...Object.keys(theirs)])];
  const values: MergeValues = {};
  const kept: string[] = [];
  const mine: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const field of fields) {
    const b = base[field];
    const t = theirs[field];
    const y = field in yours ? yours[field] : b;
    if (isLinkList(t) && isLinkList(y) && (b === undefined || b === null || isLinkList(b))) {
      const bl = isLinkList(b) ? b : [];
      const links = mergeLinks(bl, t, y);
      if (links === null) {
        conflicts.push({ field, base: b, theirs: t, yours: y });
        values[field] = y;
        continue;
      }
      values[field] = links;
      if (!same(linkKey(bl), linkKey(t))) kept.push(field);
      if (!same(linkKey(bl), linkKey(y))) mine.push(field);
      continue;
    }
    const choice = mergeScalar(b, t, y);
    if (choice.conflict) {
      conflicts.push({ field, base: b, theirs: t, yours: y });
      values[field] = y;
      continue;
    }
    values[field] = choice.value;
    if (choice.from === "theirs") kept.push(field);
    if (choice.from === "yours") mine.push(field);
  }
  return conflicts.length > 0 ? { kind: "conflict", values, kept, conflicts } : { kind: "merged", values, kept, yours: mine };
}

/** A link list's content regardless of order. */
function linkKey(list: LinkItem[]): string[] {
  return list.map((l) => `${l.id}:${l.basis}`).sort();
}

/** The editor's choice per conflicting field applied to a conflict's merge: "theirs" or "yours" (the default). */
export function resolveConflicts(outcome: Extract<MergeOutcome, { kind: "conflict" }>, choices: Record<string, "theirs" | "yours" | "base">): MergeValues {
  const values = { ...outcome.values };
  for (const c of outcome.conflicts) {
    const choice = choices[c.field] ?? "yours";
    values[c.field] = choice === "theirs" ? c.theirs : choice === "base" ? c.base : c.yours;
  }
  return values;
}
