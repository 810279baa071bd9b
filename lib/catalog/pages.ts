import "server-only";
import { db } from "@/lib/db/client";
import { notesFor } from "./notes";
import { PUBLISHED } from "./visibility";

const countPublishedUseCases = {
  _count: { select: { useCases: { where: { useCase: { ...PUBLISHED, domain: PUBLISHED } } } } },
} as const;

export async function getFusion() {
  const [mechanisms, advantages, drivers] = await Promise.all([
    db.fusionMechanism.findMany({ where: PUBLISHED, orderBy: { position: "asc" }, include: countPublishedUseCases }),
    db.advantage.findMany({ where: PUBLISHED, orderBy: { position: "asc" } }),
    db.driver.findMany({ where: PUBLISHED, orderBy: { position: "asc" } }),
  ]);
  return { mechanisms, advantages, drivers };
}

export async function listDrivers() {
  return db.driver.findMany({ where: PUBLISHED, orderBy: { position: "asc" } });
}

export async function getChallengesAndTrends() {
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

export async function listResources() {
  const resources = await db.resource.findMany({ where: PUBLISHED, orderBy: { position: "asc" } });
  const notes = await notesFor("resource", resources.map((r) => r.id));
  return { resources, notes };
}

export async function listFaqs() {
  return db.faq.findMany({ where: PUBLISHED, orderBy: { position: "asc" } });
}
