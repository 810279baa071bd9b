// Which fields of an entry a reader may propose to change: its zh/en text fields (not the editors' own
// "editorial" text, which is theirs to write). Pure.
import { ENTITIES } from "@/lib/schemas/registry";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { TextWidget } from "@/lib/schemas/fields";

export interface SuggestibleField {
  /** The column, e.g. titleEn. */
  column: string;
  /** The field spec's name, e.g. title (for its label). */
  name: string;
  lang: "zh" | "en";
  widget: TextWidget;
  max: number;
}

export function suggestibleFields(type: EntityType): SuggestibleField[] {
  const out: SuggestibleField[] = [];
  for (const spec of ENTITIES[type].fields) {
    if (spec.kind !== "localized" || spec.name === "editorial") continue;
    out.push({ column: `${spec.name}Zh`, name: spec.name, lang: "zh", widget: spec.widget, max: spec.max });
    out.push({ column: `${spec.name}En`, name: spec.name, lang: "en", widget: spec.widget, max: spec.max });
  }
  return out;
}

/** The languages a patch touches, from its columns' suffixes. */
export function patchLanguage(columns: readonly string[]): "zh" | "en" | "both" {
  const zh = columns.some((c) => c.endsWith("Zh"));
  const en = columns.some((c) => c.endsWith("En"));
  return zh && en ? "both" : zh ? "zh" : "en";
}
