// Trait: one of §1.2's traits of large models (shown on About, listed by /api/v1/traits). The simple shape
// (name, summary, source) plus its basis, since an editor may add a trait of their own.
import { z } from "zod";
import { BASES, basisField, oneLanguage, updateKeys } from "./common";
import type { FieldSpec } from "./fields";
import { simpleEntryDefaults, simpleEntryFieldSpecs, simpleEntryFields } from "./simple-entry";

export const traitFields = simpleEntryFields.extend({ basis: basisField });
const refine = oneLanguage<z.output<typeof traitFields>>("nameZh", "nameEn");
export const traitSchema = traitFields.superRefine(refine);
export const updateTraitSchema = traitFields.extend(updateKeys.shape).superRefine(refine);
export type TraitValues = z.output<typeof traitSchema>;
export const traitFieldSpecs: FieldSpec[] = [...simpleEntryFieldSpecs.slice(0, 4), { kind: "select", name: "basis", options: BASES }, simpleEntryFieldSpecs[4]];
export const traitDefaults: z.input<typeof traitSchema> = { ...simpleEntryDefaults, basis: "article" };
