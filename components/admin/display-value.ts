import type { RelationOptions } from "@/lib/editing/relation-options";
import type { FieldSpec } from "@/lib/schemas/fields";
import { LINK_FIELD_TARGETS, relationTargetsOfField } from "@/lib/schemas/link-targets";
import { optionLabel } from "./option-label";

/** A field's value as short readable text, for the conflict screen and the history (links by name). */
export function displayValue(field: string, value: unknown, options: Partial<RelationOptions>, maxLength = 400): string {
  if (value === null || value === undefined || value === "") return "—";
  const target = LINK_FIELD_TARGETS[field];
  if (target && Array.isArray(value)) {
    const list = options[target] ?? [];
    return (
      value
        .map((link: { id?: unknown; basis?: unknown }) => {
          const option = list.find((o) => o.id === link.id);
          return `${option ? optionLabel(option) : `#${String(link.id)}`} [${String(link.basis)}]`;
        })
        .join("; ") || "—"
    );
  }
  if (typeof value === "number") {
    const found = relationTargetsOfField(field).flatMap((t) => options[t] ?? []).find((o) => o.id === value);
    if (found) return optionLabel(found);
  }
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

/** The editor's field names in display order (localized pairs expanded), plus status. */
export function fieldOrder(fields: readonly FieldSpec[]): string[] {
  return [
    ...fields.flatMap((f) => {
      if (f.kind === "localized") return [`${f.name}En`, `${f.name}Zh`];
      if (f.kind === "note-target") return ["targetType", "targetId", "pageKey"];
      return [f.name];
    }),
    "status",
  ];
}
