// Mechanism: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntryFields,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type SimpleEntryValues,
} from "./simple-entry";

export const mechanismFields = simpleEntryFields;
export const mechanismSchema = simpleEntrySchema;
export const createMechanismSchema = simpleEntrySchema;
export const updateMechanismSchema = simpleEntryUpdateSchema;
export type MechanismValues = SimpleEntryValues;
export const mechanismFieldSpecs = simpleEntryFieldSpecs;
export const mechanismDefaults = simpleEntryDefaults;
