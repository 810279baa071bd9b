// Which entries a field points at, read from the entities' field specs (the one declaration): the editor's pickers,
// the display of a value (conflict screen, preview) and the history's diff all ask here instead of keeping lists.
import type { FieldSpec } from "./fields";
import { NOTE_TARGET_TYPES } from "./note";
import { ENTITIES } from "./registry";

/** The entity types an editor can pick as a relation (what the relation options carry). */
export const RELATION_TARGETS = ["domain", "technique", "mechanism", "challenge", "resource", "use-case"] as const;
export type RelationTarget = (typeof RELATION_TARGETS)[number];

export function isRelationTarget(type: string): type is RelationTarget {
  return (RELATION_TARGETS as readonly string[]).includes(type);
}

/** The relation target of one spec ("links" and "reference" fields), or null. */
export function relationTargetOf(spec: FieldSpec): RelationTarget | null {
  if (spec.kind !== "links" && spec.kind !== "reference") return null;
  return isRelationTarget(spec.target) ? spec.target : null;
}

function collect(kind: "links" | "reference"): Readonly<Record<string, RelationTarget>> {
  const map: Record<string, RelationTarget> = {};
  for (const def of Object.values(ENTITIES)) {
    for (const spec of def.fields) {
      const target = spec.kind === kind ? relationTargetOf(spec) : null;
      if (target) map[spec.name] = target;
    }
  }
  return map;
}

/** Link-set fields by name ("techniques" → "technique"), from every entity's specs. */
export const LINK_FIELD_TARGETS = collect("links");
/** Single-reference fields by name ("domainId" → "domain"). */
export const REFERENCE_FIELD_TARGETS = collect("reference");

/** The types a note's target id may point at (its "page" type has no id). */
export const NOTE_ID_TARGETS: readonly RelationTarget[] = NOTE_TARGET_TYPES.filter((t): t is RelationTarget & (typeof NOTE_TARGET_TYPES)[number] => isRelationTarget(t));

/** The relation types a field's value may point at, if it is a relation at all (for showing ids by name). */
export function relationTargetsOfField(field: string, targetType?: unknown): readonly RelationTarget[] {
  const link = LINK_FIELD_TARGETS[field] ?? REFERENCE_FIELD_TARGETS[field];
  if (link) return [link];
  if (field === "targetId") return typeof targetType === "string" && isRelationTarget(targetType) ? [targetType] : NOTE_ID_TARGETS;
  return [];
}

