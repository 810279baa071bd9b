import { z } from "zod";
import { LIMITS, markdown, oneLanguage, positionField, slugField, sourceField, statusField, text, updateKeys } from "./common";
import { aliasesField, ALIASES_MAX } from "./aliases";
import type { FieldSpec } from "./fields";

export const domainFields = z.object({
  slug: slugField,
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
  source: sourceField,
  position: positionField,
  status: statusField,
});
const refine = oneLanguage<z.output<typeof domainFields>>("nameZh", "nameEn");

export const domainSchema = domainFields.superRefine(refine);
export const updateDomainSchema = domainFields.extend(updateKeys.shape).superRefine(refine);
export type DomainValues = z.output<typeof domainSchema>;

export const domainFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "name", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "nameEn" },
  { kind: "localized", name: "aliases", widget: "line", max: ALIASES_MAX },
  { kind: "localized", name: "summary", widget: "area", max: LIMITS.summary },
  { kind: "localized", name: "body", widget: "markdown", max: LIMITS.body },
  { kind: "localized", name: "editorial", widget: "markdown", max: LIMITS.body },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "number", name: "position" },
];

export const domainDefaults: z.input<typeof domainSchema> = {
  slug: "", nameZh: "", nameEn: "", aliasesZh: "", aliasesEn: "", summaryZh: "", summaryEn: "", bodyZh: "", bodyEn: "", editorialZh: "", editorialEn: "", source: "", position: 0, status: "draft",
};
