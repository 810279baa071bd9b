import { z } from "zod";
import { LIMITS, markdown, oneLanguage, positionField, slugField, sourceField, statusField, text, updateKeys } from "./common";
import type { FieldSpec } from "./fields";

export const faqFields = z.object({
  slug: slugField,
  questionZh: text(LIMITS.title),
  questionEn: text(LIMITS.title),
  answerZh: markdown(),
  answerEn: markdown(),
  source: sourceField,
  position: positionField,
  status: statusField,
});
const refine = oneLanguage<z.output<typeof faqFields>>("questionZh", "questionEn");

export const faqSchema = faqFields.superRefine(refine);
export const updateFaqSchema = faqFields.extend(updateKeys.shape).superRefine(refine);
export type FaqValues = z.output<typeof faqSchema>;

export const faqFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "question", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "questionEn" },
  { kind: "localized", name: "answer", widget: "markdown", max: LIMITS.body },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "number", name: "position" },
];

export const faqDefaults: z.input<typeof faqSchema> = {
  slug: "", questionZh: "", questionEn: "", answerZh: "", answerEn: "", source: "", position: 0, status: "draft",
};
