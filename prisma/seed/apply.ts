// Writes the seed content into an empty catalog: it is an import (lib/editing/catalog/apply-import.ts) by the system
// author, so every seeded entry has its revision 1, in one transaction. Idempotent: a SeedRun row, written in that
// transaction, records that the content was applied, so later runs (every `npm start`) never overwrite edits.
import type { PrismaClient } from "../../lib/db/generated/client";
import { applyImport } from "../../lib/editing/catalog/apply-import";
import { SYSTEM_AUTHOR } from "../../lib/editing/revisions";
import { COLLECTION_SPECS, type CollectionName } from "../../lib/schemas/catalog-file";
import { seedCatalog } from "./catalog";
import type { SeedContent } from "./types";

export const SEED_NAME = "article-v1";
/**
 * A collection added after the first catalogs (lib/schemas/registry.ts: `addedLater`, e.g. traits) has a mark of its
 * own: a catalog seeded before it gets its seed content once, on its next start.
 */
export const laterSeedName = (collection: CollectionName) => `article-${collection}-v1`;
const LATER = COLLECTION_SPECS.filter((c) => c.addedLater).map((c) => c.name);

export async function applySeed(db: PrismaClient, content: SeedContent): Promise<"seeded" | "skipped"> {
  const done = new Set((await db.seedRun.findMany({ select: { name: true } })).map((r) => r.name));
  const later = LATER.filter((name) => !done.has(laterSeedName(name)));
  const names = [SEED_NAME, ...later.map(laterSeedName)].filter((name) => !done.has(name));
  if (names.length === 0) return "skipped";
  const file = done.has(SEED_NAME) ? seedCatalog(content, new Date(), later) : seedCatalog(content);
  // Not from a server: there are no caches to tell (notify: false).
  await applyImport(db, file, SYSTEM_AUTHOR, {
    notify: false,
    also: async (tx) => {
      for (const name of names) await tx.seedRun.create({ data: { name } });
    },
  });
  return "seeded";
}
