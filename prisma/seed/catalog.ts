// The seed content (content.ts, in its own authoring shape) as a catalog file, the shape the import applies: every
// seeded entry is written by the import, so it has its revision 1 from the start. Positions follow the content's
// order; every entry is published at version 1, created now. `content.entities` (simple table entities such as
// traits) is wired generically: each item is the entity's defaults plus its name, summary and source.
import { CATALOG_FORMAT, CATALOG_SCHEMA_VERSION, catalogFileSchema, COLLECTION_OF, COLLECTIONS, type CatalogFile, type CollectionName } from "../../lib/schemas/catalog-file";
import { seedAliases } from "./aliases";
import type { L10n, SeedContent, SeedSimple } from "./types";

const l10n = (prefix: string, value: L10n | undefined) => ({ [`${prefix}Zh`]: value?.zh ?? "", [`${prefix}En`]: value?.en ?? "" });

/**
 * The catalog file of the seed content; with `only`, just those collections (every other one empty): what a catalog
 * seeded before they existed receives (prisma/seed/apply.ts).
 */
export function seedCatalog(c: SeedContent, now = new Date(), only?: readonly CollectionName[]): CatalogFile {
  const at = now.toISOString();
  const meta = { version: 1, createdAt: at, updatedAt: at, deletedAt: null, status: "published" };
  const simple = (s: SeedSimple, position: number) => ({ slug: s.slug, ...l10n("name", s.name), ...l10n("summary", s.summary), source: s.source, position, ...meta });

  const entities = Object.fromEntries(
    Object.entries(c.entities ?? {}).map(([name, items]) => [name, items.map((s, i) => ({ ...COLLECTION_OF[name as CollectionName].defaults, ...simple(s, i) }))]),
  );
  const full: Record<string, unknown> = {
    format: CATALOG_FORMAT,
    schemaVersion: CATALOG_SCHEMA_VERSION,
    domains: c.domains.map((d, position) => ({
      slug: d.slug, ...l10n("name", d.name), ...l10n("summary", d.summary), ...l10n("body", d.body), ...l10n("editorial", d.editorial), ...seedAliases("domains", d.slug),
      source: d.source, position, ...meta,
    })),
    techniques: c.techniques.map((t, position) => ({
      slug: t.slug, category: t.category, ...l10n("name", t.name), ...l10n("summary", t.summary), ...l10n("body", t.body), ...l10n("editorial", t.editorial),
      ...seedAliases("techniques", t.slug), formula: t.formula ?? null, source: t.source, position, ...meta,
    })),
    workflowSteps: c.workflowSteps.map((s) => ({
      slug: `step-${s.position}`, ...l10n("name", s.name), ...l10n("summary", s.summary), source: s.source, position: s.position, ...meta,
    })),
    mechanisms: c.mechanisms.map((m, i) => ({ ...simple(m, i), ...seedAliases("mechanisms", m.slug) })),
    advantages: c.advantages.map(simple),
    drivers: c.drivers.map(simple),
    trends: c.trends.map(simple),
    challenges: c.challenges.map((ch, i) => ({ ...simple(ch, i), ...seedAliases("challenges", ch.slug) })),
    faqs: c.faqs.map((f, position) => ({ slug: f.slug, ...l10n("question", f.question), ...l10n("answer", f.answer), source: f.source, position, ...meta })),
    resources: c.resources.map((r, position) => ({
      slug: r.slug, kind: r.kind, ...l10n("name", r.name), ...l10n("credit", r.credit), ...l10n("summary", r.summary), url: r.url ?? null,
      verified: r.verified, ...l10n("verificationNote", r.verificationNote), source: r.source, position, ...meta,
    })),
    useCases: c.useCases.map((u, position) => ({
      slug: u.slug, domain: u.domain, ...l10n("title", u.title), ...l10n("summary", u.summary), ...l10n("body", u.body), ...l10n("editorial", u.editorial),
      basis: u.basis, source: u.source, externalUrl: null, position,
      techniques: u.techniques, mechanisms: u.mechanisms, challenges: u.challenges,
      resources: (u.resources ?? []).map((slug) => ({ slug, basis: "editorial" })),
      publishedAt: at, ...meta,
    })),
    notes: c.notes.map((n, position) => ({
      slug: n.slug, targetType: n.target.type, targetSlug: n.target.type === "page" ? null : n.target.slug,
      pageKey: n.target.type === "page" ? n.target.slug : null, ...l10n("title", n.title), ...l10n("body", n.body),
      source: n.source, position, ...meta,
    })),
    ...entities,
  };
  const file = only
    ? { format: CATALOG_FORMAT, schemaVersion: CATALOG_SCHEMA_VERSION, ...Object.fromEntries(COLLECTIONS.map((name) => [name, only.includes(name) ? (full[name] ?? []) : []])) }
    : full;
  const parsed = catalogFileSchema.safeParse(file);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`The seed content is not a valid catalog: ${first?.path.join(".")}: ${first?.message}`);
  }
  return parsed.data;
}
