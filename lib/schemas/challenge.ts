// Challenge: the shared simple shape (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  simpleEntryDefaults,
  simpleEntryFieldSpecs,
  simpleEntryFields,
  simpleEntrySchema,
  simpleEntryUpdateSchema,
  type SimpleEntryValues,
} from "./simple-entry";

export const challengeFields = simpleEntryFields;
export const challengeSchema = simpleEntrySchema;
export const createChallengeSchema = simpleEntrySchema;
export const updateChallengeSchema = simpleEntryUpdateSchema;
export type ChallengeValues = SimpleEntryValues;
export const challengeFieldSpecs = simpleEntryFieldSpecs;
export const challengeDefaults = simpleEntryDefaults;
