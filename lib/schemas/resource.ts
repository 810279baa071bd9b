import { z } from "zod";
import { LIMITS, oneLanguage, optionalUrlField, positionField, slugField, sourceField, statusField, text, updateKeys } from "./common";
import type { FieldSpec } from "./fields";

export const RESOURCE_KIND_VALUES = ["book", "paper", "venue", "blog", "site", "framework", "data-tool", "version-control"] as const;

export const resourceFields = z.object({
  slug: slugField,
  kind: z.enum(RESOURCE_KIND_VALUES, "invalidChoice"),
  nameZh: text(LIMITS.title),
  nameEn: text(LIMITS.title),
  creditZh: text(LIMITS.title),
  creditEn: text(LIMITS.title),
  summaryZh: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary),
  url: optionalUrlField,
  verified: z.boolean("invalid"),
  verificationNoteZh: text(LIMITS.summary),
  verificationNoteEn: text(LIMITS.summary),
  source: sourceField,
  position: positionField,
  status: statusField,
});
const refine = oneLanguage<z.output<typeof resourceFields>>("nameZh", "nameEn");

export const resourceSchema = resourceFields.superRefine(refine);
export const updateResourceSchema = resourceFields.extend(updateKeys.shape).superRefine(refine);
export type ResourceValues = z.output<typeof resourceSchema>;

export const resourceFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "name", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "nameEn" },
  { kind: "select", name: "kind", options: RESOURCE_KIND_VALUES },
  { kind: "localized", name: "credit", widget: "line", max: LIMITS.title },
  { kind: "localized", name: "summary", widget: "area", max: LIMITS.summary },
  { kind: "url", name: "url" },
  { kind: "checkbox", name: "verified" },
  { kind: "localized", name: "verificationNote", widget: "area", max: LIMITS.summary },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "number", name: "position" },
];

export const resourceDefaults: z.input<typeof resourceSchema> = {
  slug: "", kind: "book", nameZh: "", nameEn: "", creditZh: "", creditEn: "", summaryZh: "", summaryEn: "", url: "",
  verified: true, verificationNoteZh: "", verificationNoteEn: "", source: "", position: 0, status: "draft",
};
