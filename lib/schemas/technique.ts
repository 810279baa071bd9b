import { z } from "zod";
import { LIMITS, markdown, oneLanguage, optionalText, positionField, slugField, sourceField, statusField, text, updateKeys } from "./common";
import { aliasesField, ALIASES_MAX } from "./aliases";
import type { FieldSpec } from "./fields";
import { TECHNIQUE_CATEGORIES } from "./vocabulary";

export const TECHNIQUE_CATEGORY_VALUES = TECHNIQUE_CATEGORIES;

export const techniqueFields = z.object({
  slug: slugField,
  category: z.enum(TECHNIQUE_CATEGORY_VALUES, "invalidChoice"),
  nameZh: text(LIMITS.title),
  nameEn: text(LIMITS.title),
  aliasesZh: aliasesField,
  aliasesEn: aliasesField,
  summaryZh: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary),
  bodyZh: markdown(),
  bodyEn: markdown(),
  /** What we wrote beside what the article says; shown with the editorial mark (issue 13). */
  editorialZh: markdown(),
  editorialEn: markdown(),
  /** LaTeX without delimiters, rendered by KaTeX (which does not run scripts; trust mode stays off). */
  formula: optionalText(LIMITS.formula),
  source: sourceField,
  position: positionField,
  status: statusField,
});
const refine = oneLanguage<z.output<typeof techniqueFields>>("nameZh", "nameEn");

export const techniqueSchema = techniqueFields.superRefine(refine);
export const updateTechniqueSchema = techniqueFields.extend(updateKeys.shape).superRefine(refine);
export type TechniqueValues = z.output<typeof techniqueSchema>;

export const techniqueFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "name", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "nameEn" },
  { kind: "localized", name: "aliases", widget: "line", max: ALIASES_MAX },
  { kind: "select", name: "category", options: TECHNIQUE_CATEGORY_VALUES },
  { kind: "localized", name: "summary", widget: "area", max: LIMITS.summary },
  { kind: "localized", name: "body", widget: "markdown", max: LIMITS.body },
  { kind: "localized", name: "editorial", widget: "markdown", max: LIMITS.body },
  { kind: "text", name: "formula", max: LIMITS.formula, mono: true },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "number", name: "position" },
];

export const techniqueDefaults: z.input<typeof techniqueSchema> = {
  slug: "", category: "field", nameZh: "", nameEn: "", aliasesZh: "", aliasesEn: "", summaryZh: "", summaryEn: "", bodyZh: "", bodyEn: "", editorialZh: "", editorialEn: "",
  formula: "", source: "", position: 0, status: "draft",
};
