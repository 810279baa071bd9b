// Driver: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
} from "./simple-entry";

export const driverSchema = simpleEntrySchema;
export const updateDriverSchema = simpleEntryUpdateSchema;
export const driverFieldSpecs = simpleEntryFieldSpecs;
export const driverDefaults = simpleEntryDefaults;
