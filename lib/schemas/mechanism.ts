// Mechanism: the shared simple shape with aliases (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  aliasedEntryDefaults,
  aliasedEntryFieldSpecs,
  aliasedEntryFields,
  aliasedEntrySchema,
  aliasedEntryUpdateSchema,
  type AliasedEntryValues,
} from "./simple-entry";

export const mechanismFields = aliasedEntryFields;
export const mechanismSchema = aliasedEntrySchema;
export const createMechanismSchema = aliasedEntrySchema;
export const updateMechanismSchema = aliasedEntryUpdateSchema;
export type MechanismValues = AliasedEntryValues;
export const mechanismFieldSpecs = aliasedEntryFieldSpecs;
export const mechanismDefaults = aliasedEntryDefaults;
