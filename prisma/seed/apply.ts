// Writes the seed content into an empty catalog, in one transaction. Idempotent: a SeedRun row records that the
// content was applied, so later runs (every `npm start`) never overwrite edits made since.
import type { PrismaClient } from "../../lib/db/generated/client";
import type { SeedContent, SeedLink } from "./types";
import { seedAliases } from "./aliases";

export const SEED_NAME = "article-v1";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function applySeed(db: PrismaClient, content: SeedContent): Promise<"seeded" | "skipped"> {
  const done = await db.seedRun.findUnique({ where: { name: SEED_NAME } });
  if (done) return "skipped";
  // All or nothing; generous limits because a loaded machine (CI, a busy PostgreSQL) can take longer than Prisma's
  // 5 s default to write the whole catalog.
  await db.$transaction(
    async (tx) => {
      await writeContent(tx, content);
      await tx.seedRun.create({ data: { name: SEED_NAME } });
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  return "seeded";
}

async function writeContent(tx: Tx, c: SeedContent): Promise<void> {
  const now = new Date();
  const domainIds = new Map<string, number>();
  for (const [i, d] of c.domains.entries()) {
    const row = await tx.domain.create({
      data: {
        slug: d.slug, position: i, source: d.source,
        nameZh: d.name.zh, nameEn: d.name.en, summaryZh: d.summary.zh, summaryEn: d.summary.en,
        bodyZh: d.body.zh, bodyEn: d.body.en, editorialZh: d.editorial?.zh ?? "", editorialEn: d.editorial?.en ?? "",
        ...seedAliases("domains", d.slug),
      },
    });
    domainIds.set(d.slug, row.id);
  }

  const techniqueIds = new Map<string, number>();
  for (const [i, t] of c.techniques.entries()) {
    const row = await tx.technique.create({
      data: {
        slug: t.slug, category: t.category, position: i, source: t.source, formula: t.formula ?? null,
        nameZh: t.name.zh, nameEn: t.name.en, summaryZh: t.summary.zh, summaryEn: t.summary.en,
        bodyZh: t.body.zh, bodyEn: t.body.en, editorialZh: t.editorial?.zh ?? "", editorialEn: t.editorial?.en ?? "",
        ...seedAliases("techniques", t.slug),
      },
    });
    techniqueIds.set(t.slug, row.id);
  }

  for (const s of c.workflowSteps) {
    await tx.workflowStep.create({
      data: {
        slug: `step-${s.position}`, position: s.position, source: s.source,
        nameZh: s.name.zh, nameEn: s.name.en, summaryZh: s.summary.zh, summaryEn: s.summary.en,
      },
    });
  }

  const mechanismIds = new Map<string, number>();
  for (const [i, m] of c.mechanisms.entries()) {
    const row = await tx.fusionMechanism.create({ data: { ...simple(m, i), ...seedAliases("mechanisms", m.slug) } });
    mechanismIds.set(m.slug, row.id);
  }
  for (const [i, a] of c.advantages.entries()) await tx.advantage.create({ data: simple(a, i) });
  for (const [i, d] of c.drivers.entries()) await tx.driver.create({ data: simple(d, i) });
  for (const [i, t] of c.trends.entries()) await tx.trend.create({ data: simple(t, i) });

  const challengeIds = new Map<string, number>();
  for (const [i, ch] of c.challenges.entries()) {
    const row = await tx.challenge.create({ data: { ...simple(ch, i), ...seedAliases("challenges", ch.slug) } });
    challengeIds.set(ch.slug, row.id);
  }

  for (const [i, f] of c.faqs.entries()) {
    await tx.faq.create({
      data: {
        slug: f.slug, position: i, source: f.source,
        questionZh: f.question.zh, questionEn: f.question.en, answerZh: f.answer.zh, answerEn: f.answer.en,
      },
    });
  }

  const resourceIds = new Map<string, number>();
  for (const [i, r] of c.resources.entries()) {
    const row = await tx.resource.create({
      data: {
        slug: r.slug, kind: r.kind, position: i, source: r.source, url: r.url ?? null, verified: r.verified,
        nameZh: r.name.zh, nameEn: r.name.en, summaryZh: r.summary.zh, summaryEn: r.summary.en,
        creditZh: r.credit?.zh ?? "", creditEn: r.credit?.en ?? "",
        verificationNoteZh: r.verificationNote?.zh ?? "", verificationNoteEn: r.verificationNote?.en ?? "",
      },
    });
    resourceIds.set(r.slug, row.id);
  }

  const useCaseIds = new Map<string, number>();
  for (const [i, u] of c.useCases.entries()) {
    const row = await tx.useCase.create({
      data: {
        slug: u.slug, domainId: need(domainIds, u.domain, "domain"), position: i,
        titleZh: u.title.zh, titleEn: u.title.en, summaryZh: u.summary.zh, summaryEn: u.summary.en,
        bodyZh: u.body.zh, bodyEn: u.body.en, basis: u.basis, source: u.source,
        status: "published", publishedAt: now,
        techniques: { create: links(u.techniques, techniqueIds, "technique").map(([id, basis]) => ({ techniqueId: id, basis })) },
        mechanisms: { create: links(u.mechanisms, mechanismIds, "mechanism").map(([id, basis]) => ({ mechanismId: id, basis })) },
        challenges: { create: links(u.challenges, challengeIds, "challenge").map(([id, basis]) => ({ challengeId: id, basis })) },
        resources: { create: (u.resources ?? []).map((slug) => ({ resourceId: need(resourceIds, slug, "resource") })) },
      },
    });
    useCaseIds.set(u.slug, row.id);
  }

  for (const [i, n] of c.notes.entries()) {
    const target = n.target;
    const targetId =
      target.type === "technique" ? need(techniqueIds, target.slug, "technique")
      : target.type === "resource" ? need(resourceIds, target.slug, "resource")
      : target.type === "use-case" ? need(useCaseIds, target.slug, "use case")
      : null;
    await tx.note.create({
      data: {
        slug: n.slug, position: i, source: n.source, targetType: target.type, targetId,
        pageKey: target.type === "page" ? target.slug : null,
        titleZh: n.title.zh, titleEn: n.title.en, bodyZh: n.body.zh, bodyEn: n.body.en,
      },
    });
  }
}

function simple(s: { slug: string; name: { zh: string; en: string }; summary: { zh: string; en: string }; source: string }, position: number) {
  return {
    slug: s.slug, position, source: s.source,
    nameZh: s.name.zh, nameEn: s.name.en, summaryZh: s.summary.zh, summaryEn: s.summary.en,
  };
}

function need(map: Map<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Seed content links to unknown ${what} "${slug}".`);
  return id;
}

function links(list: SeedLink[], ids: Map<string, number>, what: string): Array<[number, string]> {
  return list.map((l) => [need(ids, l.slug, what), l.basis]);
}
