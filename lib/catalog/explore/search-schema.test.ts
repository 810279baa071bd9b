// The explorer's raw-SQL objects (prisma/migrations/20261129010000_search) are invisible to Prisma's schema, so a
// later generated migration can drop them by accident (prisma/orm#8106). This fails if the committed migrations, applied
// in order, no longer leave them in place.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";

const REQUIRED = {
  table: ["UseCaseSearch", "UseCaseSearchTerms", "UseCaseWords", "ExploreDoc", "ExploreDocValue", "ExploreBitmap"],
  view: ["ExploreBytes", "ExploreBit", "ExploreRefresh"],
  trigger: [
    "UseCaseSearch_insert", "UseCaseSearch_update", "UseCaseSearch_delete", "ExploreBit_apply", "ExploreRefresh_apply",
    "Explore_useCase_insert", "Explore_useCase_update", "Explore_useCase_delete", "Explore_domain_visibility",
    "Explore_technique_insert", "Explore_technique_delete", "Explore_technique_update",
    "Explore_mechanism_insert", "Explore_mechanism_delete", "Explore_mechanism_update",
    "Explore_challenge_insert", "Explore_challenge_delete", "Explore_challenge_update",
  ],
  index: ["ExploreDoc_titleEn", "ExploreDoc_titleZh", "ExploreDoc_updated"],
};

describe.skipIf(testProvider !== "sqlite")("explorer search schema (SQLite)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDb>>;
  beforeAll(async () => {
    scratch = await createScratchDb();
  });
  afterAll(async () => scratch.cleanup());

  it("survives every later migration", () => {
    const raw = new Database(scratch.file!, { readonly: true });
    const present = raw.prepare(`SELECT type, name FROM sqlite_master`).all() as Array<{ type: string; name: string }>;
    raw.close();
    for (const [type, names] of Object.entries(REQUIRED)) {
      for (const name of names) expect(present.some((o) => o.type === type && o.name === name), `${type} ${name}`).toBe(true);
    }
  });
});
