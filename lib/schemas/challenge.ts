// Challenge: the shared simple shape with aliases (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  aliasedEntryDefaults,
  aliasedEntryFieldSpecs,
  aliasedEntryFields,
  aliasedEntrySchema,
  aliasedEntryUpdateSchema,
  type AliasedEntryValues,
} from "./simple-entry";

export const challengeFields = aliasedEntryFields;
export const challengeSchema = aliasedEntrySchema;
export const createChallengeSchema = aliasedEntrySchema;
export const updateChallengeSchema = aliasedEntryUpdateSchema;
export type ChallengeValues = AliasedEntryValues;
export const challengeFieldSpecs = aliasedEntryFieldSpecs;
export const challengeDefaults = aliasedEntryDefaults;
