// Trend: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntryFields,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type SimpleEntryValues,
} from "./simple-entry";

export const trendFields = simpleEntryFields;
export const trendSchema = simpleEntrySchema;
export const createTrendSchema = simpleEntrySchema;
export const updateTrendSchema = simpleEntryUpdateSchema;
export type TrendValues = SimpleEntryValues;
export const trendFieldSpecs = simpleEntryFieldSpecs;
export const trendDefaults = simpleEntryDefaults;
