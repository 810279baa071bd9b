// The catalog's export/import file: schema-versioned JSON, validated with the entity schemas, written in one
// canonical form (fixed key order, entries sorted by slug, two-space indent, final newline), so that
// export → import into an empty database → export is byte-identical.
import { z } from "zod";
import { basisField, LIMITS, oneLanguage, slugField } from "./common";
import type { EntityType } from "./entity-types";
import { withEditorial } from "./file-defaults";
import { noteFields } from "./note";
import { ENTITIES, type DelegateName, type EntityCollection } from "./registry";
import { simpleEntryFields } from "./simple-entry";
import { useCaseFields } from "./use-case";

export const CATALOG_FORMAT = "fusion-atlas/catalog";
export const CATALOG_SCHEMA_VERSION = 1;
/**
 * Largest import accepted, in bytes of JSON, and in entries. An import is one transaction that holds SQLite's write
 * lock: its time grows with the number of entries (~5–25 ms each on a 2-core machine, revision and audit included),
 * and the transaction may last 120 s. 1,500 entries (ten times the seeded catalog's ~150; 110 kB of JSON) stay well
 * inside that on a slow, busy machine. 4 MB holds them with room for long texts, and stays below the 10 MB at which
 * Next.js's proxy cuts request bodies, so a cut body can never pass for a complete one (next.config.mjs).
 */
export const MAX_CATALOG_BYTES = 4 * 1024 * 1024;
export const MAX_CATALOG_ITEMS = 1500;

const isoDate = z.iso.datetime({ offset: false, message: "invalid" });
const meta = {
  version: z.number("invalid").int("invalid").min(1, "invalid"),
  createdAt: isoDate,
  updatedAt: isoDate,
  deletedAt: isoDate.nullable(),
};
const slugLinks = z
  .array(z.object({ slug: slugField, basis: basisField }), "invalid")
  .max(LIMITS.links, `tooMany:${LIMITS.links}`)
  .refine((links) => new Set(links.map((l) => l.slug)).size === links.length, "duplicate");

/** Workflow steps (not edited in the admin) have the simple shape: a name, a summary and a source. */
const workflowStepFields = simpleEntryFields;

export type CollectionName = EntityCollection | "workflowSteps";

/**
 * Every collection of the file, in file order: each entity's (lib/schemas/registry.ts) and the workflow steps (not
 * edited in the admin). `generic`: a table written and read column for column (lib/editing/catalog/); use cases and
 * notes name their links by slug and are read and written by their own code.
 */
export interface CollectionSpec {
  name: CollectionName;
  order: number;
  delegate: DelegateName;
  /** The entity whose history an imported item joins. */
  entity: EntityType | null;
  item: z.ZodObject;
  names: readonly [string, string];
  /** Files written before it existed have none. */
  addedLater: boolean;
  generic: boolean;
  /** What an unknown value of an enum column reads as. */
  unknownAs: Record<string, string>;
  defaults: Record<string, unknown>;
}

const USE_CASE_ITEM = useCaseFields
    .omit({ domainId: true, techniques: true, mechanisms: true, challenges: true, resources: true })
    .extend({ domain: slugField, techniques: slugLinks, mechanisms: slugLinks, challenges: slugLinks, resources: slugLinks, publishedAt: isoDate.nullable(), ...withEditorial, ...meta });
const NOTE_ITEM = noteFields.omit({ targetId: true }).extend({ targetSlug: slugField.nullable(), ...meta });
const EXTENSION_ITEMS: Partial<Record<CollectionName, z.ZodObject>> = { useCases: USE_CASE_ITEM, notes: NOTE_ITEM };

const WORKFLOW_STEPS: CollectionSpec = {
  name: "workflowSteps", order: 3, delegate: "workflowStep", entity: null, item: workflowStepFields.extend(meta), names: ["nameZh", "nameEn"],
  addedLater: false, generic: true, unknownAs: {}, defaults: {},
};

export const COLLECTION_SPECS: readonly CollectionSpec[] = [
  WORKFLOW_STEPS,
  ...Object.values(ENTITIES).map((e): CollectionSpec => {
    const item = e.table ? e.table.file.extend(meta) : EXTENSION_ITEMS[e.collection.name as CollectionName];
    if (!item) throw new Error(`catalog file: no item shape for ${e.collection.name}`);
    return {
      name: e.collection.name as CollectionName, order: e.collection.order, delegate: e.delegate, entity: e.type, item, names: e.titleFields,
      addedLater: e.collection.addedLater ?? false, generic: e.table !== undefined, unknownAs: e.table?.unknownAs ?? {}, defaults: e.defaults,
    };
  }),
].sort((a, b) => a.order - b.order);

/** Item shapes in file order. Objects (not refined) so that their key order defines the canonical layout. */
export const ITEM_SHAPES = Object.fromEntries(COLLECTION_SPECS.map((c) => [c.name, c.item])) as Record<CollectionName, z.ZodObject>;

export const COLLECTIONS: CollectionName[] = COLLECTION_SPECS.map((c) => c.name);
export const COLLECTION_OF = Object.fromEntries(COLLECTION_SPECS.map((c) => [c.name, c])) as Record<CollectionName, CollectionSpec>;

/** An item as the file holds it: its slug, its bookkeeping, and the entity's own fields. */
export type CatalogItemBase = { slug: string; version: number; createdAt: string; updatedAt: string; deletedAt: string | null } & Record<string, unknown>;

/**
 * Each collection's item: checked like the entity itself, and in one language at least. The file's schema checks
 * every item with it, and so does parseCatalogFileInSteps (catalog-file-steps.ts), a few at a time.
 */
export const COLLECTION_ITEM_SCHEMAS = Object.fromEntries(
  COLLECTION_SPECS.map((c) => {
    const [zh, en] = c.names;
    return [c.name, (c.item as unknown as z.ZodType<CatalogItemBase>).superRefine(oneLanguage<CatalogItemBase>(zh, en))];
  }),
) as Record<CollectionName, z.ZodType<CatalogItemBase>>;

/** Where a collection repeats a slug: each repeat's index (the file's slugs are unique within a collection). */
export function duplicateSlugIndexes(items: ReadonlyArray<{ slug: string }>): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((entry, i) => {
    if (seen.has(entry.slug)) out.push(i);
    seen.add(entry.slug);
  });
  return out;
}

/** A collection: every item checked like the entity itself, and slugs unique within the file. */
const collections = Object.fromEntries(
  COLLECTION_SPECS.map((c) => {
    const list = z.array(COLLECTION_ITEM_SCHEMAS[c.name], "invalid").superRefine((items, ctx) => {
      for (const i of duplicateSlugIndexes(items)) ctx.addIssue({ code: "custom", message: "duplicate", path: [i, "slug"] });
    });
    return [c.name, c.addedLater ? list.default([]) : list];
  }),
) as unknown as Record<CollectionName, z.ZodType<CatalogItemBase[]>>;

/** The file: every collection checked, the whole at most MAX_CATALOG_ITEMS items. */
export const catalogFileSchema = z
  .strictObject({
    format: z.literal(CATALOG_FORMAT, "invalid"),
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION, "unsupportedVersion"),
    ...collections,
  })
  .superRefine((file, ctx) => {
    const items = COLLECTIONS.reduce((n, name) => n + ((file as unknown as Record<string, unknown[]>)[name] ?? []).length, 0);
    if (items > MAX_CATALOG_ITEMS) ctx.addIssue({ code: "custom", message: `tooManyItems:${MAX_CATALOG_ITEMS}`, path: [] });
  }) as unknown as z.ZodType<CatalogFile, unknown>;

/** Use cases' and notes' items, as their own code reads and writes them. */
export type UseCaseItem = z.output<typeof USE_CASE_ITEM>;
export type NoteItem = z.output<typeof NOTE_ITEM>;
export type CatalogFile = { format: typeof CATALOG_FORMAT; schemaVersion: typeof CATALOG_SCHEMA_VERSION } & {
  [K in CollectionName]: K extends "useCases" ? UseCaseItem[] : K extends "notes" ? NoteItem[] : CatalogItemBase[];
};

/** Issues as "useCases[3].techniques[0].slug: unknownReference", for the dry-run report. */
export interface ImportIssue {
  path: string;
  code: string;
}

export function pathString(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => (typeof part === "number" ? `${out}[${part}]` : out === "" ? String(part) : `${out}.${String(part)}`), "");
}

export function issuesOf(error: z.ZodError): ImportIssue[] {
  return error.issues.map((issue) => ({ path: pathString(issue.path), code: issue.message }));
}

function ordered(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = value[key] ?? null;
  return out;
}

const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** The canonical text of a catalog: what export writes, and what a faithful import reproduces. */
export function serializeCatalog(file: CatalogFile): string {
  const out: Record<string, unknown> = { format: CATALOG_FORMAT, schemaVersion: CATALOG_SCHEMA_VERSION };
  for (const name of COLLECTIONS) {
    const keys = Object.keys(ITEM_SHAPES[name].shape);
    const items = [...(file[name] as Array<Record<string, unknown> & { slug: string }>)].sort(bySlug).map((item) => {
      const copy: Record<string, unknown> = { ...item };
      for (const link of ["techniques", "mechanisms", "challenges", "resources"]) {
        if (name === "useCases" && Array.isArray(copy[link])) {
          copy[link] = [...(copy[link] as Array<{ slug: string; basis: string }>)].sort(bySlug).map((l) => ({ slug: l.slug, basis: l.basis }));
        }
      }
      return ordered(copy, keys);
    });
    out[name] = items;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
