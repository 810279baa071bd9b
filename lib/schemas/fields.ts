// What the admin editor draws for each field of an entity. Pure data, shared by the form (client) and the pages.
import type { EntityType } from "./entity-types";

export type TextWidget = "line" | "area" | "markdown";

export type FieldSpec =
  /** A zh/en pair shown side by side: `${name}Zh` and `${name}En`. */
  | { kind: "localized"; name: string; widget: TextWidget; max: number }
  | { kind: "slug"; name: "slug"; suggestFrom: string }
  | { kind: "text"; name: string; max: number; mono?: boolean }
  | { kind: "url"; name: string }
  | { kind: "number"; name: string }
  | { kind: "checkbox"; name: string }
  | { kind: "select"; name: string; options: readonly string[] }
  /** One entry of another type, by id (a use case's domain). */
  | { kind: "reference"; name: string; target: EntityType }
  /** Links to entries of another type, each with its basis (article/editorial). */
  | { kind: "links"; name: string; target: EntityType }
  /** A note's target: an entry of some type, or a page. */
  | { kind: "note-target"; name: "target" };

/** The localized pairs of a field list, as [zh column, en column]. */
export function localizedPairs(fields: readonly FieldSpec[]): Array<[string, string]> {
  return fields.filter((f) => f.kind === "localized").map((f) => [`${f.name}Zh`, `${f.name}En`]);
}
