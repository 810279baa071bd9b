// Trend: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
} from "./simple-entry";

export const trendSchema = simpleEntrySchema;
export const updateTrendSchema = simpleEntryUpdateSchema;
export const trendFieldSpecs = simpleEntryFieldSpecs;
export const trendDefaults = simpleEntryDefaults;
