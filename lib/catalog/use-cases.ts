import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { notesFor } from "./notes";
import { PUBLISHED } from "./visibility";

async function loadUseCase(slug: string) {
  const useCase = await db.useCase.findFirst({
    where: { ...PUBLISHED, slug, domain: PUBLISHED },
    include: {
      domain: true,
      techniques: { where: { technique: PUBLISHED }, include: { technique: true }, orderBy: { technique: { position: "asc" } } },
      mechanisms: { where: { mechanism: PUBLISHED }, include: { mechanism: true }, orderBy: { mechanism: { position: "asc" } } },
      challenges: { where: { challenge: PUBLISHED }, include: { challenge: true }, orderBy: { challenge: { position: "asc" } } },
      resources: { where: { resource: PUBLISHED }, include: { resource: true }, orderBy: { resource: { position: "asc" } } },
    },
  });
  if (!useCase) return null;
  const [notes, related] = await Promise.all([
    notesFor("use-case", [useCase.id]),
    relatedUseCases(useCase.id, useCase.domainId, useCase.techniques.map((l) => l.techniqueId)),
  ]);
  return { useCase, notes, related };
}

/** Use cases in other domains that share techniques with this one, most shared first. */
async function loadRelatedUseCases(useCaseId: number, domainId: number, techniqueIds: number[], limit = 6) {
  if (techniqueIds.length === 0) return [];
  const links = await db.useCaseTechnique.findMany({
    where: {
      techniqueId: { in: techniqueIds },
      technique: PUBLISHED,
      useCase: { ...PUBLISHED, id: { not: useCaseId }, domainId: { not: domainId }, domain: PUBLISHED },
    },
    include: {
      technique: { select: { id: true, slug: true, nameZh: true, nameEn: true, position: true } },
      useCase: {
        select: {
          id: true, slug: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, position: true,
          domain: { select: { slug: true, nameZh: true, nameEn: true } },
        },
      },
    },
  });
  const byUseCase = new Map<
    number,
    { useCase: (typeof links)[number]["useCase"]; shared: Array<(typeof links)[number]["technique"]>; sharedBases: string[] }
  >();
  for (const link of links) {
    const entry = byUseCase.get(link.useCaseId) ?? { useCase: link.useCase, shared: [], sharedBases: [] };
    entry.shared.push(link.technique);
    // The basis of the other use case's link to the shared technique (issue 13: the page marks what the article states).
    entry.sharedBases.push(link.basis);
    byUseCase.set(link.useCaseId, entry);
  }
  return [...byUseCase.values()]
    .sort((a, b) => b.shared.length - a.shared.length || a.useCase.position - b.useCase.position)
    .slice(0, limit);
}

async function loadPublishedUseCaseSlugs() {
  return db.useCase.findMany({
    where: { ...PUBLISHED, domain: PUBLISHED },
    select: { slug: true, updatedAt: true },
    orderBy: { position: "asc" },
  });
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const getUseCase = cachedByArgs("use-cases.getUseCase", loadUseCase);
export const relatedUseCases = cachedByArgs("use-cases.relatedUseCases", loadRelatedUseCases);
export const listPublishedUseCaseSlugs = cachedByArgs("use-cases.listPublishedUseCaseSlugs", loadPublishedUseCaseSlugs);
