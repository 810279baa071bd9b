import { z } from "zod";
import { idField, LIMITS, markdown, oneLanguage, positionField, slugField, sourceField, statusField, text, updateKeys } from "./common";
import type { FieldSpec } from "./fields";
import { NOTE_TARGET_TYPES } from "./vocabulary";

export { NOTE_TARGET_TYPES } from "./vocabulary";
export const NOTE_PAGES = ["about", "lab"] as const;

export const noteFields = z.object({
  slug: slugField,
  targetType: z.enum(NOTE_TARGET_TYPES, "invalidChoice"),
  targetId: idField.nullable(),
  pageKey: z.enum(NOTE_PAGES, "invalidChoice").nullable(),
  titleZh: text(LIMITS.title),
  titleEn: text(LIMITS.title),
  bodyZh: markdown(),
  bodyEn: markdown(),
  source: sourceField,
  position: positionField,
  status: statusField,
});
type NoteOut = z.output<typeof noteFields>;

function refine(values: NoteOut, ctx: z.RefinementCtx) {
  oneLanguage<NoteOut>("titleZh", "titleEn")(values, ctx);
  if (values.targetType === "page") {
    if (values.pageKey === null) ctx.addIssue({ code: "custom", message: "required", path: ["pageKey"] });
    if (values.targetId !== null) ctx.addIssue({ code: "custom", message: "invalid", path: ["targetId"] });
  } else {
    if (values.targetId === null) ctx.addIssue({ code: "custom", message: "required", path: ["targetId"] });
    if (values.pageKey !== null) ctx.addIssue({ code: "custom", message: "invalid", path: ["pageKey"] });
  }
}

export const noteSchema = noteFields.superRefine(refine);
export const createNoteSchema = noteSchema;
export const updateNoteSchema = noteFields.extend(updateKeys.shape).superRefine(refine);
export type NoteValues = z.output<typeof noteSchema>;

export const noteFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "title", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "titleEn" },
  { kind: "note-target", name: "target" },
  { kind: "localized", name: "body", widget: "markdown", max: LIMITS.body },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "number", name: "position" },
];

export const noteDefaults: z.input<typeof noteSchema> = {
  slug: "", targetType: "page", targetId: null, pageKey: "about", titleZh: "", titleEn: "", bodyZh: "", bodyEn: "",
  source: "", position: 0, status: "draft",
};
