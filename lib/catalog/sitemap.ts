import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { listPublishedUseCaseSlugs } from "./use-cases";
import { PUBLISHED } from "./visibility";

async function loadSitemapEntries() {
  const [domains, techniques, useCases] = await Promise.all([
    db.domain.findMany({ where: PUBLISHED, select: { slug: true, updatedAt: true }, orderBy: { position: "asc" } }),
    db.technique.findMany({ where: PUBLISHED, select: { slug: true, updatedAt: true }, orderBy: { position: "asc" } }),
    listPublishedUseCaseSlugs(),
  ]);
  return { domains, techniques, useCases };
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const sitemapEntries = cachedByArgs("sitemap.sitemapEntries", loadSitemapEntries);
