// Mechanism: the shared simple shape with aliases (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  aliasedEntryDefaults,
  aliasedEntryFieldSpecs,
  aliasedEntrySchema,
  aliasedEntryUpdateSchema,
} from "./simple-entry";

export const mechanismSchema = aliasedEntrySchema;
export const updateMechanismSchema = aliasedEntryUpdateSchema;
export const mechanismFieldSpecs = aliasedEntryFieldSpecs;
export const mechanismDefaults = aliasedEntryDefaults;
