import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { PUBLISHED } from "./visibility";

const publishedUseCases = { where: PUBLISHED, orderBy: { position: "asc" as const } };

async function loadDomains() {
  return db.domain.findMany({
    where: PUBLISHED,
    orderBy: { position: "asc" },
    include: { useCases: { ...publishedUseCases, select: { slug: true, titleZh: true, titleEn: true } } },
  });
}

async function loadDomain(slug: string) {
  const domain = await db.domain.findFirst({
    where: { ...PUBLISHED, slug },
    include: {
      useCases: {
        ...publishedUseCases,
        include: {
          techniques: { where: { technique: PUBLISHED }, include: { technique: true } },
          challenges: { where: { challenge: PUBLISHED }, include: { challenge: true } },
        },
      },
    },
  });
  if (!domain) return null;

  const techniques = tally(domain.useCases.flatMap((u) => u.techniques.map((l) => ({ item: l.technique, basis: l.basis }))));
  const challenges = tally(domain.useCases.flatMap((u) => u.challenges.map((l) => ({ item: l.challenge, basis: l.basis }))));
  // Techniques this domain's use cases link with a basis of "article".
  const articleTechniques = new Set(domain.useCases.flatMap((u) => u.techniques.filter((l) => l.basis === "article").map((l) => l.techniqueId)));

  // "Also used in": other domains whose published use cases share at least one of this domain's techniques.
  const techniqueIds = techniques.map((t) => t.item.id);
  const shared = techniqueIds.length
    ? await db.useCaseTechnique.findMany({
        where: {
          techniqueId: { in: techniqueIds },
          technique: PUBLISHED,
          useCase: { ...PUBLISHED, domainId: { not: domain.id }, domain: PUBLISHED },
        },
        include: { technique: true, useCase: { select: { domain: true } } },
      })
    : [];
  const byDomain = new Map<number, { domain: (typeof shared)[number]["useCase"]["domain"]; techniques: Map<number, (typeof shared)[number]["technique"]>; basis: "article" | "editorial" }>();
  for (const link of shared) {
    const d = link.useCase.domain;
    const entry = byDomain.get(d.id) ?? { domain: d, techniques: new Map(), basis: "editorial" as const };
    entry.techniques.set(link.technique.id, link.technique);
    // The article states a sharing only when it states the technique on both sides.
    if (link.basis === "article" && articleTechniques.has(link.techniqueId)) entry.basis = "article";
    byDomain.set(d.id, entry);
  }
  const alsoUsedIn = [...byDomain.values()]
    .map((e) => ({ domain: e.domain, basis: e.basis, techniques: [...e.techniques.values()].sort((a, b) => a.position - b.position) }))
    .sort((a, b) => a.domain.position - b.domain.position);

  return { domain, useCases: domain.useCases, techniques, challenges, alsoUsedIn };
}

/** Distinct items with how many use cases reference each (and how many of those links the article states), most used first. */
function tally<T extends { id: number; position: number }>(links: Array<{ item: T; basis: string }>): Array<{ item: T; count: number; article: number }> {
  const map = new Map<number, { item: T; count: number; article: number }>();
  for (const { item, basis } of links) {
    const entry = map.get(item.id) ?? { item, count: 0, article: 0 };
    entry.count += 1;
    if (basis === "article") entry.article += 1;
    map.set(item.id, entry);
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.item.position - b.item.position);
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const listDomains = cachedByArgs("domains.listDomains", loadDomains);
export const getDomain = cachedByArgs("domains.getDomain", loadDomain);
