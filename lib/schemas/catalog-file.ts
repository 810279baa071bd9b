// The catalog's export/import file: schema-versioned JSON, validated with the entity schemas, written in one
// canonical form (fixed key order, entries sorted by slug, two-space indent, final newline), so that
// export → import into an empty database → export is byte-identical.
import { z } from "zod";
import { basisField, LIMITS, markdown, oneLanguage, slugField, sourceField, positionField, statusField, text } from "./common";
import { aliasesField } from "./aliases";
import { domainFields } from "./domain";
import { faqFields } from "./faq";
import { noteFields } from "./note";
import { resourceFields } from "./resource";
import { aliasedEntryFields, simpleEntryFields } from "./simple-entry";
import { techniqueFields } from "./technique";
import { traitFields } from "./trait";
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

const workflowStepFields = z.object({
  slug: slugField,
  nameZh: text(LIMITS.title),
  nameEn: text(LIMITS.title),
  summaryZh: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary),
  source: sourceField,
  position: positionField,
  status: statusField,
});

/** Files written before aliases existed have none: they import with empty aliases. */
const withAliases = { aliasesZh: aliasesField.default(""), aliasesEn: aliasesField.default("") };
/** Files written before the editorial fields existed (issue 13) have none: they import with empty ones. */
const withEditorial = { editorialZh: markdown().default(""), editorialEn: markdown().default("") };

/** Item shapes in file order. Objects (not refined) so that their key order defines the canonical layout. */
export const ITEM_SHAPES = {
  domains: domainFields.extend({ ...withAliases, ...withEditorial, ...meta }),
  techniques: techniqueFields.extend({ ...withAliases, ...withEditorial, ...meta }),
  workflowSteps: workflowStepFields.extend(meta),
  mechanisms: aliasedEntryFields.extend({ ...withAliases, ...meta }),
  advantages: simpleEntryFields.extend(meta),
  drivers: simpleEntryFields.extend(meta),
  trends: simpleEntryFields.extend(meta),
  challenges: aliasedEntryFields.extend({ ...withAliases, ...meta }),
  faqs: faqFields.extend(meta),
  resources: resourceFields.extend(meta),
  useCases: useCaseFields
    .omit({ domainId: true, techniques: true, mechanisms: true, challenges: true, resources: true })
    .extend({ domain: slugField, techniques: slugLinks, mechanisms: slugLinks, challenges: slugLinks, resources: slugLinks, publishedAt: isoDate.nullable(), ...withEditorial, ...meta }),
  notes: noteFields.omit({ targetId: true }).extend({ targetSlug: slugField.nullable(), ...meta }),
  traits: traitFields.extend(meta),
} as const;

export type CollectionName = keyof typeof ITEM_SHAPES;
export const COLLECTIONS = Object.keys(ITEM_SHAPES) as CollectionName[];

const NAME_FIELDS: Record<CollectionName, readonly [string, string]> = {
  domains: ["nameZh", "nameEn"],
  techniques: ["nameZh", "nameEn"],
  workflowSteps: ["nameZh", "nameEn"],
  mechanisms: ["nameZh", "nameEn"],
  advantages: ["nameZh", "nameEn"],
  drivers: ["nameZh", "nameEn"],
  trends: ["nameZh", "nameEn"],
  challenges: ["nameZh", "nameEn"],
  faqs: ["questionZh", "questionEn"],
  resources: ["nameZh", "nameEn"],
  useCases: ["titleZh", "titleEn"],
  notes: ["titleZh", "titleEn"],
  traits: ["nameZh", "nameEn"],
};

/** A collection: every item checked like the entity itself, and slugs unique within the file. */
function collection<T extends { slug: string }>(item: z.ZodType<T>, [zh, en]: readonly [string, string]) {
  return z
    .array(item.superRefine(oneLanguage<Record<string, unknown>>(zh, en) as (value: T, ctx: z.RefinementCtx) => void), "invalid")
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, i) => {
        if (seen.has(entry.slug)) ctx.addIssue({ code: "custom", message: "duplicate", path: [i, "slug"] });
        seen.add(entry.slug);
      });
    });
}

const S = ITEM_SHAPES;
const N = NAME_FIELDS;
export const catalogFileSchema = z
  .strictObject({
    format: z.literal(CATALOG_FORMAT, "invalid"),
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION, "unsupportedVersion"),
    domains: collection(S.domains, N.domains),
    techniques: collection(S.techniques, N.techniques),
    workflowSteps: collection(S.workflowSteps, N.workflowSteps),
    mechanisms: collection(S.mechanisms, N.mechanisms),
    advantages: collection(S.advantages, N.advantages),
    drivers: collection(S.drivers, N.drivers),
    trends: collection(S.trends, N.trends),
    challenges: collection(S.challenges, N.challenges),
    faqs: collection(S.faqs, N.faqs),
    resources: collection(S.resources, N.resources),
    useCases: collection(S.useCases, N.useCases),
    notes: collection(S.notes, N.notes),
    /** Files written before traits existed have none. */
    traits: collection(S.traits, N.traits).default([]),
  })
  .superRefine((file, ctx) => {
    const items = COLLECTIONS.reduce((n, name) => n + (file[name] as unknown[]).length, 0);
    if (items > MAX_CATALOG_ITEMS) ctx.addIssue({ code: "custom", message: `tooManyItems:${MAX_CATALOG_ITEMS}`, path: [] });
  });

export type CatalogFile = z.output<typeof catalogFileSchema>;
export type CatalogItem<K extends CollectionName> = z.output<(typeof ITEM_SHAPES)[K]>;

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
