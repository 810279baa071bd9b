import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { notesFor } from "./notes";
import { PUBLISHED } from "./visibility";

import { TECHNIQUE_CATEGORIES } from "@/lib/schemas/vocabulary";

async function loadTechniques() {
  const rows = await db.technique.findMany({
    where: PUBLISHED,
    orderBy: { position: "asc" },
    include: {
      _count: { select: { useCases: { where: { useCase: { ...PUBLISHED, domain: PUBLISHED } } } } },
      // The links' bases, so the list can say how many the article states (issue 13).
      useCases: { where: { useCase: { ...PUBLISHED, domain: PUBLISHED } }, select: { basis: true } },
    },
  });
  return TECHNIQUE_CATEGORIES.map((category) => ({
    category,
    techniques: rows
      .filter((t) => t.category === category)
      .map(({ useCases, ...t }) => ({ ...t, articleLinks: useCases.filter((l) => l.basis === "article").length })),
  })).filter((g) => g.techniques.length > 0);
}

async function loadTechnique(slug: string) {
  const technique = await db.technique.findFirst({
    where: { ...PUBLISHED, slug },
    include: {
      useCases: {
        where: { useCase: { ...PUBLISHED, domain: PUBLISHED } },
        include: { useCase: { include: { domain: true } } },
        orderBy: { useCase: { position: "asc" } },
      },
    },
  });
  if (!technique) return null;

  const useCases = technique.useCases.map((l) => ({ ...l.useCase, linkBasis: l.basis }));
  const domainMap = new Map<number, { domain: (typeof useCases)[number]["domain"]; count: number; article: number }>();
  for (const u of useCases) {
    const entry = domainMap.get(u.domain.id) ?? { domain: u.domain, count: 0, article: 0 };
    entry.count += 1;
    if (u.linkBasis === "article") entry.article += 1;
    domainMap.set(u.domain.id, entry);
  }
  const domains = [...domainMap.values()].sort((a, b) => a.domain.position - b.domain.position);

  const [notes, workflowSteps] = await Promise.all([
    notesFor("technique", [technique.id]),
    technique.slug === "deep-learning"
      ? db.workflowStep.findMany({ where: PUBLISHED, orderBy: { position: "asc" } })
      : Promise.resolve([]),
  ]);
  return { technique, useCases, domains, notes, workflowSteps };
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const listTechniques = cachedByArgs("techniques.listTechniques", loadTechniques);
export const getTechnique = cachedByArgs("techniques.getTechnique", loadTechnique);
