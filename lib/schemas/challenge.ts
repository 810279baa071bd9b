// Challenge: the shared simple shape with aliases (lib/schemas/simple-entry.ts); its own names so that callers say what they mean.
import {
  aliasedEntryDefaults,
  aliasedEntryFieldSpecs,
  aliasedEntrySchema,
  aliasedEntryUpdateSchema,
} from "./simple-entry";

export const challengeSchema = aliasedEntrySchema;
export const updateChallengeSchema = aliasedEntryUpdateSchema;
export const challengeFieldSpecs = aliasedEntryFieldSpecs;
export const challengeDefaults = aliasedEntryDefaults;
