// The one declaration of every editable entity: its schema (values), update schema (+ id, version), the form's
// fields, the values a new entry starts from, which fields name it, its public page, its table (the Prisma delegate),
// its collection in the catalog file, and its public API list. The generic parts read it: the admin pages and the
// editor; the table adapter (lib/editing/adapter-registry.ts); import and export (lib/schemas/catalog-file.ts,
// lib/editing/catalog/); the seed's "added later" rule; the API lists and the OpenAPI document (lib/api/); the sitemap.
// Shared by the client and the server, so it holds data only (no Prisma, no server code).
import type { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { advantageDefaults, advantageFieldSpecs, advantageSchema, updateAdvantageSchema } from "./advantage";
import { challengeDefaults, challengeFieldSpecs, challengeSchema, updateChallengeSchema } from "./challenge";
import { domainDefaults, domainFields, domainFieldSpecs, domainSchema, updateDomainSchema } from "./domain";
import { driverDefaults, driverFieldSpecs, driverSchema, updateDriverSchema } from "./driver";
import { SEGMENTS, type EntityType } from "./entity-types";
import { faqDefaults, faqFields, faqFieldSpecs, faqSchema, updateFaqSchema } from "./faq";
import type { FieldSpec } from "./fields";
import { withAliases, withEditorial } from "./file-defaults";
import { mechanismDefaults, mechanismFieldSpecs, mechanismSchema, updateMechanismSchema } from "./mechanism";
import { aliasedEntryFields, simpleEntryFields } from "./simple-entry";
import { noteDefaults, noteFieldSpecs, noteSchema, updateNoteSchema } from "./note";
import { resourceDefaults, resourceFields, resourceFieldSpecs, resourceSchema, updateResourceSchema } from "./resource";
import { techniqueDefaults, techniqueFields, techniqueFieldSpecs, techniqueSchema, updateTechniqueSchema } from "./technique";
import { traitDefaults, traitFields, traitFieldSpecs, traitSchema, updateTraitSchema } from "./trait";
import { trendDefaults, trendFieldSpecs, trendSchema, updateTrendSchema } from "./trend";
import { updateUseCaseSchema, useCaseDefaults, useCaseFieldSpecs, useCaseSchema } from "./use-case";

/** The Prisma client's delegate of a model (`tx.trait`, `tx.fusionMechanism`). */
export type DelegateName = Uncapitalize<Prisma.ModelName>;

/** Use cases that point at an entry block its purge: through a link table (`column` = the entry's id), or directly. */
export interface UsedBy {
  delegate: "useCaseTechnique" | "useCaseMechanism" | "useCaseChallenge" | "useCaseResource" | "useCase";
  column: string;
}

/** An entity stored in one table without link tables: its adapter, export and import are derived from this. */
export interface TableDeclaration {
  /** The catalog file's item (without the bookkeeping), in the file's key order; defaults let older files import. */
  file: z.ZodObject;
  /** Use cases that point at an entry (they block a purge). */
  usedBy?: UsedBy;
  /** Editor's notes can point at its entries (they block a purge). */
  noteTarget?: boolean;
  /** What an unknown value of an enum column reads as (default: the entity's default value). */
  unknownAs?: Record<string, string>;
}

/** The fields a table entity's public API list can send, each from the row (see lib/api/entity-list.ts). */
export const API_FIELDS = ["slug", "name", "summary", "source", "basis", "aliases", "url"] as const;
export type ApiField = (typeof API_FIELDS)[number];

/**
 * Its public list GET /api/v1/<collection>. `facet`: the explorer's facet list (with counts; lib/api/lists.ts).
 * `table`: every published entry, with `fields` (in that order; a localized one falls back with `fallback: true`),
 * documented in the OpenAPI document as `schema` and `<schema>List`, with `describe`'s texts.
 */
export type EntityApi =
  | { kind: "facet"; path: string; summary: string }
  | { kind: "table"; path: string; summary: string; description: string; schema: string; fields: readonly ApiField[]; describe: Partial<Record<ApiField, string>> };

export interface EntityDefinition<C extends string = string, D extends DelegateName = DelegateName> {
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
  /** Each published entry has a page of its own at publicPath (listed in the sitemap). */
  pages: boolean;
  /** Its table. */
  delegate: D;
  /**
   * Its collection in the catalog file (import/export): the name, the place in the file, and whether it came after
   * the first catalogs (a file without it imports, and a catalog seeded before it gets its seed content once).
   */
  collection: { name: C; order: number; addedLater?: boolean };
  /** Present for a table entity (generic adapter and import/export); use cases and notes are extensions. */
  table?: TableDeclaration;
  api?: EntityApi;
}

interface Declaration<C extends string, D extends DelegateName> {
  schema: z.ZodType;
  updateSchema: z.ZodType;
  fields: FieldSpec[];
  defaults: object;
  titleFields: readonly [string, string];
  publicPath: ((slug: string) => string) | null;
  pages?: boolean;
  delegate: D;
  collection: { name: C; order: number; addedLater?: boolean };
  table?: TableDeclaration;
  api?: EntityApi;
}

function def<C extends string, D extends DelegateName>(type: EntityType, d: Declaration<C, D>): EntityDefinition<C, D> {
  return { ...d, type, segment: SEGMENTS[type], defaults: { ...d.defaults }, pages: d.pages ?? false };
}

const NAME = ["nameZh", "nameEn"] as const;
const TITLE = ["titleZh", "titleEn"] as const;
const facetList = (path: string, summary: string): EntityApi => ({ kind: "facet", path, summary });

const DEFINITIONS = {
  "use-case": def("use-case", {
    schema: useCaseSchema, updateSchema: updateUseCaseSchema, fields: useCaseFieldSpecs, defaults: useCaseDefaults, titleFields: TITLE,
    publicPath: (s) => `/use-cases/${s}`, pages: true, delegate: "useCase", collection: { name: "useCases", order: 11 },
  }),
  domain: def("domain", {
    schema: domainSchema, updateSchema: updateDomainSchema, fields: domainFieldSpecs, defaults: domainDefaults, titleFields: NAME,
    publicPath: (s) => `/domains/${s}`, pages: true, delegate: "domain", collection: { name: "domains", order: 1 },
    table: { file: domainFields.extend({ ...withAliases, ...withEditorial }), usedBy: { delegate: "useCase", column: "domainId" }, noteTarget: true },
    api: facetList("/api/v1/domains", "Domains with their numbers of published use cases."),
  }),
  technique: def("technique", {
    schema: techniqueSchema, updateSchema: updateTechniqueSchema, fields: techniqueFieldSpecs, defaults: techniqueDefaults, titleFields: NAME,
    publicPath: (s) => `/techniques/${s}`, pages: true, delegate: "technique", collection: { name: "techniques", order: 2 },
    table: {
      file: techniqueFields.extend({ ...withAliases, ...withEditorial }), usedBy: { delegate: "useCaseTechnique", column: "techniqueId" }, noteTarget: true,
      unknownAs: { category: "general" },
    },
    api: facetList("/api/v1/techniques", "Techniques (with category) and their numbers of published use cases."),
  }),
  mechanism: def("mechanism", {
    schema: mechanismSchema, updateSchema: updateMechanismSchema, fields: mechanismFieldSpecs, defaults: mechanismDefaults, titleFields: NAME,
    publicPath: () => "/fusion", delegate: "fusionMechanism", collection: { name: "mechanisms", order: 4 },
    table: { file: aliasedEntryFields.extend(withAliases), usedBy: { delegate: "useCaseMechanism", column: "mechanismId" } },
    api: facetList("/api/v1/mechanisms", "Fusion mechanisms and their numbers of published use cases."),
  }),
  advantage: def("advantage", {
    schema: advantageSchema, updateSchema: updateAdvantageSchema, fields: advantageFieldSpecs, defaults: advantageDefaults, titleFields: NAME,
    publicPath: () => "/fusion", delegate: "advantage", collection: { name: "advantages", order: 5 }, table: { file: simpleEntryFields },
  }),
  driver: def("driver", {
    schema: driverSchema, updateSchema: updateDriverSchema, fields: driverFieldSpecs, defaults: driverDefaults, titleFields: NAME,
    publicPath: () => "/fusion", delegate: "driver", collection: { name: "drivers", order: 6 }, table: { file: simpleEntryFields },
  }),
  challenge: def("challenge", {
    schema: challengeSchema, updateSchema: updateChallengeSchema, fields: challengeFieldSpecs, defaults: challengeDefaults, titleFields: NAME,
    publicPath: () => "/challenges", delegate: "challenge", collection: { name: "challenges", order: 8 },
    table: { file: aliasedEntryFields.extend(withAliases), usedBy: { delegate: "useCaseChallenge", column: "challengeId" } },
    api: facetList("/api/v1/challenges", "Challenges and their numbers of published use cases."),
  }),
  trend: def("trend", {
    schema: trendSchema, updateSchema: updateTrendSchema, fields: trendFieldSpecs, defaults: trendDefaults, titleFields: NAME,
    publicPath: () => "/challenges", delegate: "trend", collection: { name: "trends", order: 7 }, table: { file: simpleEntryFields },
  }),
  resource: def("resource", {
    schema: resourceSchema, updateSchema: updateResourceSchema, fields: resourceFieldSpecs, defaults: resourceDefaults, titleFields: NAME,
    publicPath: (s) => `/resources#${s}`, delegate: "resource", collection: { name: "resources", order: 10 },
    table: { file: resourceFields, usedBy: { delegate: "useCaseResource", column: "resourceId" }, noteTarget: true, unknownAs: { kind: "site" } },
  }),
  faq: def("faq", {
    schema: faqSchema, updateSchema: updateFaqSchema, fields: faqFieldSpecs, defaults: faqDefaults, titleFields: ["questionZh", "questionEn"],
    publicPath: () => "/faq", delegate: "faq", collection: { name: "faqs", order: 9 }, table: { file: faqFields },
  }),
  note: def("note", {
    schema: noteSchema, updateSchema: updateNoteSchema, fields: noteFieldSpecs, defaults: noteDefaults, titleFields: TITLE,
    publicPath: null, delegate: "note", collection: { name: "notes", order: 12 },
  }),
  trait: def("trait", {
    schema: traitSchema, updateSchema: updateTraitSchema, fields: traitFieldSpecs, defaults: traitDefaults, titleFields: NAME,
    publicPath: (s) => `/about#trait-${s}`, delegate: "trait", collection: { name: "traits", order: 13, addedLater: true }, table: { file: traitFields },
    api: {
      kind: "table", path: "/api/v1/traits", schema: "Trait", summary: "§1.2's traits of large models. No count: traits have no use cases.",
      description: "Every published trait, not paginated.", fields: API_FIELDS,
      describe: { source: "The § of the article, or a link.", aliases: "Always empty: traits have no aliases.", url: "The trait's card on the About page." },
    },
  }),
};

export const ENTITIES: Record<EntityType, EntityDefinition> = DEFINITIONS;
/** Every entity's collection name in the catalog file. */
export type EntityCollection = (typeof DEFINITIONS)[EntityType]["collection"]["name"];
/** An entity's Prisma delegate, as a literal type (lib/catalog/entities.ts types its rows with it). */
export type DelegateOf<T extends EntityType> = (typeof DEFINITIONS)[T]["delegate"];
