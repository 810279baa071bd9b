import "server-only";
import { db } from "@/lib/db/client";
import { listPublishedUseCaseSlugs } from "./use-cases";
import { PUBLISHED } from "./visibility";

export async function sitemapEntries() {
  const [domains, techniques, useCases] = await Promise.all([
    db.domain.findMany({ where: PUBLISHED, select: { slug: true, updatedAt: true }, orderBy: { position: "asc" } }),
    db.technique.findMany({ where: PUBLISHED, select: { slug: true, updatedAt: true }, orderBy: { position: "asc" } }),
    listPublishedUseCaseSlugs(),
  ]);
  return { domains, techniques, useCases };
}
