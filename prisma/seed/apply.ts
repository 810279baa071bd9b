// Writes the seed content into an empty catalog: it is an import (lib/editing/catalog/apply-import.ts) by the system
// author, so every seeded entry has its revision 1, in one transaction. Idempotent: a SeedRun row, written in that
// transaction, records that the content was applied, so later runs (every `npm start`) never overwrite edits.
import type { PrismaClient } from "../../lib/db/generated/client";
import { applyImport } from "../../lib/editing/catalog/apply-import";
import { SYSTEM_AUTHOR } from "../../lib/editing/history";
import { seedCatalog } from "./catalog";
import type { SeedContent } from "./types";

export const SEED_NAME = "article-v1";

export async function applySeed(db: PrismaClient, content: SeedContent): Promise<"seeded" | "skipped"> {
  const done = await db.seedRun.findUnique({ where: { name: SEED_NAME } });
  if (done) return "skipped";
  // Not from a server: there are no caches to tell (notify: false).
  await applyImport(db, seedCatalog(content), SYSTEM_AUTHOR, {
    notify: false,
    also: async (tx) => {
      await tx.seedRun.create({ data: { name: SEED_NAME } });
    },
  });
  return "seeded";
}
