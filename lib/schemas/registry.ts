// One entry per editable entity: its schema (values), update schema (+ id, version), the form's fields, the values
// a new entry starts from, and which fields name it. Shared by the admin pages, the editor and the server.
import type { z } from "zod";
import { advantageDefaults, advantageFieldSpecs, advantageSchema, updateAdvantageSchema } from "./advantage";
import { challengeDefaults, challengeFieldSpecs, challengeSchema, updateChallengeSchema } from "./challenge";
import { domainDefaults, domainFieldSpecs, domainSchema, updateDomainSchema } from "./domain";
import { driverDefaults, driverFieldSpecs, driverSchema, updateDriverSchema } from "./driver";
import { SEGMENTS, type EntityType } from "./entity-types";
import { faqDefaults, faqFieldSpecs, faqSchema, updateFaqSchema } from "./faq";
import type { FieldSpec } from "./fields";
import { mechanismDefaults, mechanismFieldSpecs, mechanismSchema, updateMechanismSchema } from "./mechanism";
import { noteDefaults, noteFieldSpecs, noteSchema, updateNoteSchema } from "./note";
import { resourceDefaults, resourceFieldSpecs, resourceSchema, updateResourceSchema } from "./resource";
import { techniqueDefaults, techniqueFieldSpecs, techniqueSchema, updateTechniqueSchema } from "./technique";
import { traitDefaults, traitFieldSpecs, traitSchema, updateTraitSchema } from "./trait";
import { trendDefaults, trendFieldSpecs, trendSchema, updateTrendSchema } from "./trend";
import { updateUseCaseSchema, useCaseDefaults, useCaseFieldSpecs, useCaseSchema } from "./use-case";

export interface EntityDefinition {
  type: EntityType;
  segment: string;
  schema: z.ZodType;
  updateSchema: z.ZodType;
  fields: FieldSpec[];
  defaults: Record<string, unknown>;
  /** [zh, en] columns that name an entry in lists, history and links. */
  titleFields: readonly [string, string];
  /** Where the public site shows it, if it has a page of its own (for "view on site" links). */
  publicPath: ((slug: string) => string) | null;
}

function def(
  type: EntityType,
  schema: z.ZodType,
  updateSchema: z.ZodType,
  fields: FieldSpec[],
  defaults: object,
  titleFields: readonly [string, string],
  publicPath: ((slug: string) => string) | null,
): EntityDefinition {
  return { type, segment: SEGMENTS[type], schema, updateSchema, fields, defaults: { ...defaults }, titleFields, publicPath };
}

const NAME = ["nameZh", "nameEn"] as const;
const TITLE = ["titleZh", "titleEn"] as const;

export const ENTITIES: Record<EntityType, EntityDefinition> = {
  "use-case": def("use-case", useCaseSchema, updateUseCaseSchema, useCaseFieldSpecs, useCaseDefaults, TITLE, (s) => `/use-cases/${s}`),
  domain: def("domain", domainSchema, updateDomainSchema, domainFieldSpecs, domainDefaults, NAME, (s) => `/domains/${s}`),
  technique: def("technique", techniqueSchema, updateTechniqueSchema, techniqueFieldSpecs, techniqueDefaults, NAME, (s) => `/techniques/${s}`),
  mechanism: def("mechanism", mechanismSchema, updateMechanismSchema, mechanismFieldSpecs, mechanismDefaults, NAME, () => "/fusion"),
  advantage: def("advantage", advantageSchema, updateAdvantageSchema, advantageFieldSpecs, advantageDefaults, NAME, () => "/fusion"),
  driver: def("driver", driverSchema, updateDriverSchema, driverFieldSpecs, driverDefaults, NAME, () => "/fusion"),
  challenge: def("challenge", challengeSchema, updateChallengeSchema, challengeFieldSpecs, challengeDefaults, NAME, () => "/challenges"),
  trend: def("trend", trendSchema, updateTrendSchema, trendFieldSpecs, trendDefaults, NAME, () => "/challenges"),
  resource: def("resource", resourceSchema, updateResourceSchema, resourceFieldSpecs, resourceDefaults, NAME, (s) => `/resources#${s}`),
  faq: def("faq", faqSchema, updateFaqSchema, faqFieldSpecs, faqDefaults, ["questionZh", "questionEn"], () => "/faq"),
  note: def("note", noteSchema, updateNoteSchema, noteFieldSpecs, noteDefaults, TITLE, null),
  trait: def("trait", traitSchema, updateTraitSchema, traitFieldSpecs, traitDefaults, NAME, (s) => `/about#trait-${s}`),
};
