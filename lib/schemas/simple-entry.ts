// Mechanisms, advantages, drivers, challenges and trends share one shape: a name, a summary and a source.
import { z } from "zod";
import { LIMITS, oneLanguage, positionField, slugField, sourceField, statusField, text, updateKeys } from "./common";
import { aliasesField, ALIASES_MAX } from "./aliases";
import type { FieldSpec } from "./fields";

export const simpleEntryFields = z.object({
  slug: slugField,
  nameZh: text(LIMITS.title),
  nameEn: text(LIMITS.title),
  summaryZh: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary),
  source: sourceField,
  position: positionField,
  status: statusField,
});
const refine = oneLanguage<z.output<typeof simpleEntryFields>>("nameZh", "nameEn");

export const simpleEntrySchema = simpleEntryFields.superRefine(refine);
export const simpleEntryUpdateSchema = simpleEntryFields.extend(updateKeys.shape).superRefine(refine);
export type SimpleEntryValues = z.output<typeof simpleEntrySchema>;

export const simpleEntryFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "name", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "nameEn" },
  { kind: "localized", name: "summary", widget: "area", max: LIMITS.summary },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "number", name: "position" },
];

/** Mechanisms and challenges: the simple shape plus aliases (for search). */
export const aliasedEntryFields = simpleEntryFields.extend({ aliasesZh: aliasesField, aliasesEn: aliasesField });
const refineAliased = oneLanguage<z.output<typeof aliasedEntryFields>>("nameZh", "nameEn");
export const aliasedEntrySchema = aliasedEntryFields.superRefine(refineAliased);
export const aliasedEntryUpdateSchema = aliasedEntryFields.extend(updateKeys.shape).superRefine(refineAliased);
export type AliasedEntryValues = z.output<typeof aliasedEntrySchema>;
export const aliasedEntryFieldSpecs: FieldSpec[] = [
  simpleEntryFieldSpecs[0],
  simpleEntryFieldSpecs[1],
  { kind: "localized", name: "aliases", widget: "line", max: ALIASES_MAX },
  ...simpleEntryFieldSpecs.slice(2),
];

export const simpleEntryDefaults: z.input<typeof simpleEntrySchema> = {
  slug: "", nameZh: "", nameEn: "", summaryZh: "", summaryEn: "", source: "", position: 0, status: "draft",
};

export const aliasedEntryDefaults: z.input<typeof aliasedEntrySchema> = { ...simpleEntryDefaults, aliasesZh: "", aliasesEn: "" };
