// One line saying what a revision changed (issue 14): "Title (en), Techniques +1 −0, Status draft→published". Pure:
// the words (field labels, option labels, the few phrases) come from the caller, so the history page passes its
// translations and the unit test plain English.
import { diffSnapshots, type Snapshot } from "./snapshot-diff";

export interface SummaryWords {
  /** A field's short label: "Title", "Techniques", "Status". */
  field(name: string): string;
  /** A select's option as shown ("Draft"); return the value itself when it has no label. */
  option(field: string, value: string): string;
  created: string;
  trashed: string;
  restored: string;
  unchanged: string;
}

/** Fields whose values are short codes, shown as from→to. */
const SHOWN_AS_FROM_TO = new Set(["status", "basis", "category", "kind", "targetType", "pageKey", "verified"]);

function localized(field: string): { base: string; lang: "en" | "zh" } | null {
  const match = /^(.+)(En|Zh)$/.exec(field);
  return match ? { base: match[1] as string, lang: match[2] === "En" ? "en" : "zh" } : null;
}

function shown(field: string, value: unknown, words: SummaryWords): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return String(value);
  return words.option(field, String(value));
}

/** The parts of the summary, in the snapshot's field order; the first revision is "created". */
export function revisionSummaryParts(before: Snapshot | null, after: Snapshot, words: SummaryWords): string[] {
  if (before === null) return [words.created];
  const parts: string[] = [];
  for (const change of diffSnapshots(before, after)) {
    const { field } = change;
    if (field === "deleted") {
      parts.push(after.deleted === true ? words.trashed : words.restored);
      continue;
    }
    if (change.kind === "links") {
      const { added, removed, basisChanged } = change.links;
      parts.push(`${words.field(field)} +${added.length} −${removed.length}${basisChanged.length > 0 ? ` ~${basisChanged.length}` : ""}`);
      continue;
    }
    if (SHOWN_AS_FROM_TO.has(field)) {
      parts.push(`${words.field(field)} ${shown(field, change.before, words)}→${shown(field, change.after, words)}`);
      continue;
    }
    const pair = localized(field);
    parts.push(pair ? `${words.field(pair.base)} (${pair.lang})` : words.field(field));
  }
  return parts.length > 0 ? parts : [words.unchanged];
}

/** The summary as one line. */
export function summarizeRevision(before: Snapshot | null, after: Snapshot, words: SummaryWords): string {
  return revisionSummaryParts(before, after, words).join(", ");
}
