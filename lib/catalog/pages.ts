import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { notesFor } from "./notes";
import { PUBLISHED } from "./visibility";

const countPublishedUseCases = {
  _count: { select: { useCases: { where: { useCase: { ...PUBLISHED, domain: PUBLISHED } } } } },
  // The links' bases, so a count can say how many the article states (issue 13).
  useCases: { where: { useCase: { ...PUBLISHED, domain: PUBLISHED } }, select: { basis: true } },
} as const;

async function loadFusion() {
  const [mechanisms, advantages, drivers] = await Promise.all([
    db.fusionMechanism.findMany({ where: PUBLISHED, orderBy: { position: "asc" }, include: countPublishedUseCases }),
    db.advantage.findMany({ where: PUBLISHED, orderBy: { position: "asc" } }),
    db.driver.findMany({ where: PUBLISHED, orderBy: { position: "asc" } }),
  ]);
  return { mechanisms, advantages, drivers };
}

async function loadDrivers() {
  return db.driver.findMany({ where: PUBLISHED, orderBy: { position: "asc" } });
}

async function loadChallengesAndTrends() {
  const [challenges, trends] = await Promise.all([
    db.challenge.findMany({
      where: PUBLISHED,
      orderBy: { position: "asc" },
      include: {
        useCases: {
          where: { useCase: { ...PUBLISHED, domain: PUBLISHED } },
          include: { useCase: { select: { slug: true, titleZh: true, titleEn: true, position: true } } },
          orderBy: { useCase: { position: "asc" } },
        },
      },
    }),
    db.trend.findMany({ where: PUBLISHED, orderBy: { position: "asc" } }),
  ]);
  return { challenges, trends };
}

async function loadResources() {
  const resources = await db.resource.findMany({ where: PUBLISHED, orderBy: { position: "asc" } });
  const notes = await notesFor("resource", resources.map((r) => r.id));
  return { resources, notes };
}

async function loadFaqs() {
  return db.faq.findMany({ where: PUBLISHED, orderBy: { position: "asc" } });
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const getFusion = cachedByArgs("pages.getFusion", loadFusion);
export const listDrivers = cachedByArgs("pages.listDrivers", loadDrivers);
export const getChallengesAndTrends = cachedByArgs("pages.getChallengesAndTrends", loadChallengesAndTrends);
export const listResources = cachedByArgs("pages.listResources", loadResources);
export const listFaqs = cachedByArgs("pages.listFaqs", loadFaqs);
