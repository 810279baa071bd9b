// Advantage: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntryFields,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type SimpleEntryValues,
} from "./simple-entry";

export const advantageFields = simpleEntryFields;
export const advantageSchema = simpleEntrySchema;
export const createAdvantageSchema = simpleEntrySchema;
export const updateAdvantageSchema = simpleEntryUpdateSchema;
export type AdvantageValues = SimpleEntryValues;
export const advantageFieldSpecs = simpleEntryFieldSpecs;
export const advantageDefaults = simpleEntryDefaults;
