import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { CatalogFile, CatalogItem } from "@/lib/schemas/catalog-file";
import { CATALOG_FORMAT, CATALOG_SCHEMA_VERSION } from "@/lib/schemas/catalog-file";
import { NOTE_PAGES, NOTE_TARGET_TYPES } from "@/lib/schemas/note";
import { RESOURCE_KIND_VALUES } from "@/lib/schemas/resource";
import { TECHNIQUE_CATEGORY_VALUES } from "@/lib/schemas/technique";
import type { Tx } from "../adapter";

type Reader = Tx | PrismaClient;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const status = (s: string) => (s === "published" ? ("published" as const) : ("draft" as const));
const basis = (b: string) => (b === "article" ? ("article" as const) : ("editorial" as const));

function meta(row: { version: number; createdAt: Date; updatedAt: Date; deletedAt: Date | null }) {
  return { version: row.version, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), deletedAt: isoOrNull(row.deletedAt) };
}

interface SimpleRow {
  slug: string; nameZh: string; nameEn: string; summaryZh: string; summaryEn: string; source: string; position: number;
  status: string; version: number; createdAt: Date; updatedAt: Date; deletedAt: Date | null;
}

function simple(row: SimpleRow): CatalogItem<"advantages"> {
  return {
    slug: row.slug, nameZh: row.nameZh, nameEn: row.nameEn, summaryZh: row.summaryZh, summaryEn: row.summaryEn,
    source: row.source, position: row.position, status: status(row.status), ...meta(row),
  };
}

function aliased(row: SimpleRow & { aliasesZh: string; aliasesEn: string }): CatalogItem<"mechanisms"> {
  const { slug, nameZh, nameEn, ...rest } = simple(row);
  return { slug, nameZh, nameEn, aliasesZh: row.aliasesZh, aliasesEn: row.aliasesEn, ...rest };
}

/** The whole catalog (trash included) in the file's shape: what export writes and what import compares with. */
export async function readCatalog(client: Reader): Promise<CatalogFile> {
  const [domains, techniques, steps, mechanisms, advantages, drivers, trends, challenges, faqs, resources, useCases, notes, traits] = await Promise.all([
    client.domain.findMany(),
    client.technique.findMany(),
    client.workflowStep.findMany(),
    client.fusionMechanism.findMany(),
    client.advantage.findMany(),
    client.driver.findMany(),
    client.trend.findMany(),
    client.challenge.findMany(),
    client.faq.findMany(),
    client.resource.findMany(),
    client.useCase.findMany({
      include: {
        domain: { select: { slug: true } },
        techniques: { select: { basis: true, technique: { select: { slug: true } } } },
        mechanisms: { select: { basis: true, mechanism: { select: { slug: true } } } },
        challenges: { select: { basis: true, challenge: { select: { slug: true } } } },
        resources: { select: { basis: true, resource: { select: { slug: true } } } },
      },
    }),
    client.note.findMany(),
    client.trait.findMany(),
  ]);

  // Notes point at entries by id; the file names them by slug, so it survives a move to another database.
  const slugOf: Record<string, Map<number, string>> = {
    technique: new Map(techniques.map((t) => [t.id, t.slug])),
    resource: new Map(resources.map((r) => [r.id, r.slug])),
    "use-case": new Map(useCases.map((u) => [u.id, u.slug])),
    domain: new Map(domains.map((d) => [d.id, d.slug])),
  };

  return {
    format: CATALOG_FORMAT,
    schemaVersion: CATALOG_SCHEMA_VERSION,
    domains: domains.map((d) => ({
      slug: d.slug, nameZh: d.nameZh, nameEn: d.nameEn, aliasesZh: d.aliasesZh, aliasesEn: d.aliasesEn, summaryZh: d.summaryZh, summaryEn: d.summaryEn, bodyZh: d.bodyZh, bodyEn: d.bodyEn, editorialZh: d.editorialZh, editorialEn: d.editorialEn,
      source: d.source, position: d.position, status: status(d.status), ...meta(d),
    })),
    techniques: techniques.map((t) => ({
      slug: t.slug, category: TECHNIQUE_CATEGORY_VALUES.find((c) => c === t.category) ?? "general",
      nameZh: t.nameZh, nameEn: t.nameEn, aliasesZh: t.aliasesZh, aliasesEn: t.aliasesEn, summaryZh: t.summaryZh, summaryEn: t.summaryEn, bodyZh: t.bodyZh, bodyEn: t.bodyEn, editorialZh: t.editorialZh, editorialEn: t.editorialEn,
      formula: t.formula, source: t.source, position: t.position, status: status(t.status), ...meta(t),
    })),
    workflowSteps: steps.map((s) => ({
      slug: s.slug, nameZh: s.nameZh, nameEn: s.nameEn, summaryZh: s.summaryZh, summaryEn: s.summaryEn, source: s.source,
      position: s.position, status: status(s.status), ...meta(s),
    })),
    mechanisms: mechanisms.map(aliased),
    advantages: advantages.map(simple),
    drivers: drivers.map(simple),
    trends: trends.map(simple),
    challenges: challenges.map(aliased),
    faqs: faqs.map((f) => ({
      slug: f.slug, questionZh: f.questionZh, questionEn: f.questionEn, answerZh: f.answerZh, answerEn: f.answerEn, source: f.source,
      position: f.position, status: status(f.status), ...meta(f),
    })),
    resources: resources.map((r) => ({
      slug: r.slug, kind: RESOURCE_KIND_VALUES.find((k) => k === r.kind) ?? "site", nameZh: r.nameZh, nameEn: r.nameEn,
      creditZh: r.creditZh, creditEn: r.creditEn, summaryZh: r.summaryZh, summaryEn: r.summaryEn, url: r.url, verified: r.verified,
      verificationNoteZh: r.verificationNoteZh, verificationNoteEn: r.verificationNoteEn, source: r.source, position: r.position,
      status: status(r.status), ...meta(r),
    })),
    useCases: useCases.map((u) => ({
      slug: u.slug, titleZh: u.titleZh, titleEn: u.titleEn, summaryZh: u.summaryZh, summaryEn: u.summaryEn, bodyZh: u.bodyZh, bodyEn: u.bodyEn, editorialZh: u.editorialZh, editorialEn: u.editorialEn,
      basis: basis(u.basis), source: u.source, externalUrl: u.externalUrl, position: u.position, status: status(u.status),
      domain: u.domain.slug,
      techniques: u.techniques.map((l) => ({ slug: l.technique.slug, basis: basis(l.basis) })),
      mechanisms: u.mechanisms.map((l) => ({ slug: l.mechanism.slug, basis: basis(l.basis) })),
      challenges: u.challenges.map((l) => ({ slug: l.challenge.slug, basis: basis(l.basis) })),
      resources: u.resources.map((l) => ({ slug: l.resource.slug, basis: basis(l.basis) })),
      publishedAt: isoOrNull(u.publishedAt), ...meta(u),
    })),
    notes: notes.map((n) => ({
      slug: n.slug, targetType: NOTE_TARGET_TYPES.find((t) => t === n.targetType) ?? "page",
      pageKey: NOTE_PAGES.find((p) => p === n.pageKey) ?? null, titleZh: n.titleZh, titleEn: n.titleEn, bodyZh: n.bodyZh, bodyEn: n.bodyEn,
      source: n.source, position: n.position, status: status(n.status),
      targetSlug: n.targetId === null ? null : (slugOf[n.targetType]?.get(n.targetId) ?? null),
      ...meta(n),
    })),
    traits: traits.map((t) => ({ ...simple(t), basis: basis(t.basis) })),
  };
}
