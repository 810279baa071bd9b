// Advantage: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
} from "./simple-entry";

export const advantageSchema = simpleEntrySchema;
export const updateAdvantageSchema = simpleEntryUpdateSchema;
export const advantageFieldSpecs = simpleEntryFieldSpecs;
export const advantageDefaults = simpleEntryDefaults;
