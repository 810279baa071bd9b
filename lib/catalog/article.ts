import "server-only";
// The catalog entries and editor's notes the annotated article links to (app/[locale]/article); the text itself is
// lib/catalog/article-text.ts.
import type { ArticleEntity, ArticleEntityKind } from "@/lib/article/passages";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { db } from "@/lib/db/client";
import { cachedByArgs } from "@/lib/cache/cached";
import { PUBLISHED } from "./visibility";

const select = { slug: true, nameZh: true, nameEn: true, source: true } as const;
const bySlug = { where: PUBLISHED, select, orderBy: { position: "asc" } } as const;

function hrefFor(kind: ArticleEntityKind, slug: string): string {
  const s = encodeURIComponent(slug);
  switch (kind) {
    case "use-case":
      return `/use-cases/${s}`;
    case "technique":
      return `/techniques/${s}`;
    case "domain":
      return `/domains/${s}`;
    case "mechanism":
    case "advantage":
    case "driver":
      return `/fusion#${s}`;
    case "challenge":
    case "trend":
      return `/challenges#${s}`;
    case "faq":
      return `/faq#${s}`;
    case "resource":
      return `/resources#${s}`;
    case "workflow-step":
      return "/techniques/deep-learning#workflow";
    case "trait":
      return `/about#trait-${s}`;
  }
}

type Row = { slug: string; nameZh: string; nameEn: string; source: string };

async function loadArticleEntities(locale: AppLocale) {
  const [domains, techniques, steps, mechanisms, advantages, drivers, trends, challenges, faqs, resources, useCases, notes] =
    await Promise.all([
      db.domain.findMany(bySlug),
      db.technique.findMany(bySlug),
      db.workflowStep.findMany(bySlug),
      db.fusionMechanism.findMany(bySlug),
      db.advantage.findMany(bySlug),
      db.driver.findMany(bySlug),
      db.trend.findMany(bySlug),
      db.challenge.findMany(bySlug),
      db.faq.findMany({ where: PUBLISHED, select: { slug: true, questionZh: true, questionEn: true, source: true }, orderBy: { position: "asc" } }),
      db.resource.findMany(bySlug),
      db.useCase.findMany({
        where: { ...PUBLISHED, domain: PUBLISHED },
        select: { slug: true, titleZh: true, titleEn: true, source: true },
        orderBy: { position: "asc" },
      }),
      db.note.findMany({ where: PUBLISHED, orderBy: [{ source: "asc" }, { position: "asc" }] }),
    ]);
  const entity = (kind: ArticleEntityKind) => (row: Row): ArticleEntity => ({
    kind,
    slug: row.slug,
    name: pick(row.nameZh, row.nameEn, locale).text,
    href: hrefFor(kind, row.slug),
    source: row.source,
  });
  const entities: ArticleEntity[] = [
    ...useCases.map((u) => entity("use-case")({ slug: u.slug, nameZh: u.titleZh, nameEn: u.titleEn, source: u.source })),
    ...domains.map(entity("domain")),
    ...techniques.map(entity("technique")),
    ...steps.map(entity("workflow-step")),
    ...mechanisms.map(entity("mechanism")),
    ...advantages.map(entity("advantage")),
    ...drivers.map(entity("driver")),
    ...trends.map(entity("trend")),
    ...challenges.map(entity("challenge")),
    ...faqs.map((f) => entity("faq")({ slug: f.slug, nameZh: f.questionZh, nameEn: f.questionEn, source: f.source })),
    ...resources.map(entity("resource")),
  ];
  return { entities, notes };
}

export type ArticleNote = Awaited<ReturnType<typeof loadArticleEntities>>["notes"][number];

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const articleEntities = cachedByArgs("article.articleEntities", loadArticleEntities);
