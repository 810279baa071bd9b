// Driver: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntryFields,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type SimpleEntryValues,
} from "./simple-entry";

export const driverFields = simpleEntryFields;
export const driverSchema = simpleEntrySchema;
export const createDriverSchema = simpleEntrySchema;
export const updateDriverSchema = simpleEntryUpdateSchema;
export type DriverValues = SimpleEntryValues;
export const driverFieldSpecs = simpleEntryFieldSpecs;
export const driverDefaults = simpleEntryDefaults;
