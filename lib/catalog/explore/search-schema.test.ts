// The explorer's raw-SQL objects are invisible to Prisma's schema.
//  - SQLite (prisma/migrations/20261129010000_search): they share the one schema, so a later generated migration can
//    drop them by accident (prisma/orm#8106). This fails if the committed migrations, applied in order, no longer leave
//    them in place.
//  - PostgreSQL (prisma/postgres/migrations/20261129040000_pg_search, 20261206170000_pg_explore_bitmaps,
//    20261206200000_pg_search_tokens): they live in
//    the schema "atlas_search", which Prisma never introspects (their triggers sit on public tables). This checks that they exist, that search uses the trigram index, and that
//    `prisma migrate diff` from the migrations to the schema is empty (no drift, no DROP for them).
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";

const REQUIRED = {
  table: [
    "UseCaseSearch", "UseCaseSearchTerms", "UseCaseWords", "UseCaseTitleSearch", "UseCaseTitleWords",
    "ExploreDoc", "ExploreDocValue", "ExploreBitmap",
  ],
  view: ["ExploreBytes", "ExploreBit", "ExploreRefresh"],
  trigger: [
    "UseCaseSearch_insert", "UseCaseSearch_update", "UseCaseSearch_delete", "ExploreBit_apply", "ExploreRefresh_apply",
    "UseCaseTitleSearch_insert", "UseCaseTitleSearch_update", "UseCaseTitleSearch_delete",
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

describe.skipIf(testProvider !== "postgresql")("explorer search schema (PostgreSQL)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDb>>;
  let client: pg.Client;
  beforeAll(async () => {
    scratch = await createScratchDb();
    client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await scratch?.cleanup();
  });

  it("survives every later migration", async () => {
    const one = async (text: string) => (await client.query(text)).rowCount;
    expect(await one(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`), "extension pg_trgm").toBe(1);
    expect(await one(`SELECT 1 FROM pg_tables WHERE schemaname = 'atlas_search' AND tablename = 'UseCaseText'`), "table").toBe(1);
    expect(await one(`SELECT 1 FROM pg_indexes WHERE schemaname = 'atlas_search' AND indexname = 'UseCaseText_doc_trgm'`), "index").toBe(1);
    expect(await one(`SELECT 1 FROM pg_trigger WHERE tgname = 'UseCaseText_sync' AND tgrelid = '"public"."UseCase"'::regclass`), "trigger").toBe(1);
    // The facet bitmaps (20261206170000_pg_explore_bitmaps).
    for (const table of ["ExploreDoc", "ExploreDocValue", "ExploreBitmap", "ExploreChange"]) {
      expect(await one(`SELECT 1 FROM pg_tables WHERE schemaname = 'atlas_search' AND tablename = '${table}'`), `table ${table}`).toBe(1);
    }
    for (const index of ["ExploreDoc_titleEn", "ExploreDoc_titleZh", "ExploreDoc_updated"]) {
      expect(await one(`SELECT 1 FROM pg_indexes WHERE schemaname = 'atlas_search' AND indexname = '${index}'`), `index ${index}`).toBe(1);
    }
    for (const [trigger, table] of [
      ["Explore_useCase_sync", "UseCase"], ["Explore_domain_visibility", "Domain"], ["Explore_technique_sync", "UseCaseTechnique"],
      ["Explore_mechanism_sync", "UseCaseMechanism"], ["Explore_challenge_sync", "UseCaseChallenge"], ["Explore_fold", "CatalogState"],
    ]) {
      expect(await one(`SELECT 1 FROM pg_trigger WHERE tgname = '${trigger}' AND tgrelid = '"public"."${table}"'::regclass`), `trigger ${trigger}`).toBe(1);
    }
    // The token index (20261206200000_pg_search_tokens).
    for (const table of ["UseCaseToken", "SearchWord", "SearchWordChange"]) {
      expect(await one(`SELECT 1 FROM pg_tables WHERE schemaname = 'atlas_search' AND tablename = '${table}'`), `table ${table}`).toBe(1);
    }
    expect(await one(`SELECT 1 FROM pg_indexes WHERE schemaname = 'atlas_search' AND indexname = 'UseCaseToken_tokens'`), "index UseCaseToken_tokens").toBe(1);
    for (const trigger of ["UseCaseToken_sync", "UseCaseToken_update"]) {
      expect(await one(`SELECT 1 FROM pg_trigger WHERE tgname = '${trigger}' AND tgrelid = '"atlas_search"."UseCaseText"'::regclass`), `trigger ${trigger}`).toBe(1);
    }
  });

  it("answers a token search from the GIN index", async () => {
    await client.query("BEGIN");
    await client.query("SET LOCAL enable_seqscan = off");
    const plan = await client.query(`EXPLAIN SELECT "useCaseId" FROM "atlas_search"."UseCaseToken" WHERE "tokens" && ARRAY['learning', 'learn']`);
    await client.query("ROLLBACK");
    expect(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")).toContain("UseCaseToken_tokens");
  });

  it("answers a search term from the trigram index", async () => {
    await client.query("BEGIN");
    await client.query("SET LOCAL enable_seqscan = off");
    const plan = await client.query(`EXPLAIN SELECT "useCaseId" FROM "atlas_search"."UseCaseText" WHERE "doc" LIKE '%learning%'`);
    await client.query("ROLLBACK");
    expect(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")).toContain("UseCaseText_doc_trgm");
  });

  it("leaves `prisma migrate diff` from the migrations to the schema empty", () => {
    const root = path.resolve(__dirname, "..", "..", "..");
    const result = spawnSync(
      process.execPath,
      [path.join(root, "scripts", "prisma.mjs"), "migrate", "diff", "--from-migrations", "prisma/postgres/migrations", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script", "--exit-code"],
      { cwd: root, env: { ...process.env, DATABASE_URL: scratch.url }, encoding: "utf8", timeout: 120_000 },
    );
    // --exit-code: 0 when there is no difference, 2 when there is one.
    expect(result.stdout + result.stderr, "migrate diff output").toContain("empty migration");
    expect(result.status).toBe(0);
  });
});
