import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { ENTITIES } from "@/lib/schemas/registry";
import { listPublished } from "./entities";
import { listPublishedUseCaseSlugs } from "./use-cases";

/**
 * The pages of every entity that has pages of its own (lib/schemas/registry.ts: `pages`), in catalog-file order:
 * each published entry at its public path. Use cases are an extension: only those of a published domain have a page.
 */
async function loadSitemapEntries(): Promise<Array<{ path: string; lastModified: Date }>> {
  const withPages = Object.values(ENTITIES)
    .filter((e) => e.pages)
    .sort((a, b) => a.collection.order - b.collection.order);
  const lists = await Promise.all(withPages.map((e) => (e.type === "use-case" ? listPublishedUseCaseSlugs() : listPublished(e.type))));
  return withPages.flatMap((e, i) => (lists[i] ?? []).map((row) => ({ path: e.publicPath?.(row.slug) ?? "", lastModified: row.updatedAt })));
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const sitemapEntries = cachedByArgs("sitemap.sitemapEntries", loadSitemapEntries);
