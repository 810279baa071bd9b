// PostgreSQL's facet bitmaps (prisma/postgres/migrations/20261206170000_pg_explore_bitmaps) follow every kind of write:
// the native backend must answer exactly what the portable backend (plain SQL over the tables, counting in memory)
// answers, both while changes are still waiting to be folded into the bitmaps (writers that bypass the catalog version
// bump) and after the bump has folded them. PostgreSQL only (TEST_PG_URL); it asserts that it runs there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySeed } from "@/prisma/seed/apply";
import { content } from "@/prisma/seed/content";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";
import { parseExploreQuery } from "@/lib/schemas/explore-query";
import { createExploreEngine } from "./engine";
import { createPortableBackend } from "./portable-backend";
import { createPostgresBackend } from "./postgres-backend";

const QUERIES = [
  "",
  "locale=zh",
  "sort=updated",
  "domain=education",
  "domain=healthcare&domain=finance&challenge=data-privacy-security",
  "technique=computer-vision&technique=nlp&basis=article",
  "mechanism=data-sharing&sort=updated&pageSize=2&page=2",
  "basis=editorial&locale=zh",
  "q=%E5%8C%BB%E7%96%97",
  "q=learning&sort=relevance",
  "q=risk&domain=finance",
  "q=%E5%AD%A6%E4%B9%A0&sort=title&locale=zh",
  "q=data&technique=nlp&pageSize=3&page=2",
];

describe.skipIf(testProvider !== "postgresql")("PostgreSQL facet bitmaps follow every write", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDb>>;
  let native: ReturnType<typeof createExploreEngine>;
  let portable: ReturnType<typeof createExploreEngine>;
  const exec = (text: string) => scratch.db.$executeRawUnsafe(text);
  const pending = async () => Number(((await scratch.db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "atlas_search"."ExploreChange"`)) as Array<{ n: number }>)[0].n);

  beforeAll(async () => {
    scratch = await createScratchDb();
    expect(scratch.provider).toBe("postgresql");
    await applySeed(scratch.db, content);
    native = createExploreEngine(createPostgresBackend(scratch.db));
    portable = createExploreEngine(createPortableBackend(scratch.db, "postgresql"));
  });
  afterAll(async () => scratch?.cleanup());

  async function expectSameAnswers(): Promise<void> {
    for (const search of QUERIES) {
      const parsed = parseExploreQuery(new URLSearchParams(search));
      if (!parsed.ok) throw new Error(search);
      const [a, b] = await Promise.all([native.explore(parsed.query, { unknownSlugs: "ignore" }), portable.explore(parsed.query, { unknownSlugs: "ignore" })]);
      expect({ total: a.total, ids: a.items.map((i) => i.slug), facets: a.facets }, search).toEqual({ total: b.total, ids: b.items.map((i) => i.slug), facets: b.facets });
      // An export refuses a filter value that names no published entity (a hidden domain): both alike.
      const [ea, eb] = await Promise.allSettled([native.exportAll(parsed.query), portable.exportAll(parsed.query)]);
      const slugs = (r: typeof ea) => (r.status === "fulfilled" ? r.value.map((v) => v.slug) : String(r.reason));
      expect(slugs(ea), `export ${search}`).toEqual(slugs(eb));
    }
  }

  it("starts folded and equal after the seed (an import, which bumps the catalog version)", async () => {
    expect(await pending()).toBe(0);
    await expectSameAnswers();
  });

  it("follows unpublishing, deleting, moving, relinking and a hidden domain, before and after the fold", async () => {
    await exec(`UPDATE "UseCase" SET "status" = 'draft' WHERE "id" % 17 = 0`);
    await exec(`UPDATE "UseCase" SET "deletedAt" = now() WHERE "id" % 23 = 0`);
    await exec(`UPDATE "UseCase" SET "domainId" = (SELECT min("id") FROM "Domain") WHERE "id" % 11 = 0`);
    await exec(`UPDATE "UseCase" SET "basis" = CASE "basis" WHEN 'article' THEN 'editorial' ELSE 'article' END WHERE "id" % 13 = 0`);
    await exec(`UPDATE "UseCase" SET "titleEn" = '', "updatedAt" = now() WHERE "id" % 31 = 0`);
    await exec(`DELETE FROM "UseCaseTechnique" WHERE "useCaseId" % 7 = 0`);
    await exec(`INSERT INTO "UseCaseTechnique" ("useCaseId", "techniqueId", "basis") SELECT u."id", (SELECT min("id") FROM "Technique"), 'article' FROM "UseCase" u WHERE u."id" % 9 = 0 ON CONFLICT DO NOTHING`);
    await exec(`DELETE FROM "UseCaseMechanism" WHERE "useCaseId" % 5 = 0`);
    await exec(`UPDATE "Domain" SET "status" = 'draft' WHERE "id" = (SELECT max("id") FROM "Domain")`);
    await exec(`DELETE FROM "UseCase" WHERE "id" % 29 = 0`);
    // Nothing bumped the catalog version: the changes wait, and the readers apply them.
    expect(await pending()).toBeGreaterThan(0);
    await expectSameAnswers();
    await exec(`UPDATE "CatalogState" SET "version" = "version" + 1 WHERE "id" = 1`);
    expect(await pending()).toBe(0);
    await expectSameAnswers();
  });

  it("keeps no bit of an invisible use case and one of every visible one, once folded", async () => {
    await exec(`UPDATE "Domain" SET "status" = 'published'`);
    await exec(`UPDATE "CatalogState" SET "version" = "version" + 1 WHERE "id" = 1`);
    const rows = (await scratch.db.$queryRawUnsafe(`
      SELECT count(*)::int AS n FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
      WHERE u."status" = 'published' AND u."deletedAt" IS NULL AND d."status" = 'published' AND d."deletedAt" IS NULL
        AND get_bit((SELECT m."bits" FROM "atlas_search"."ExploreBitmap" m WHERE m."facet" = 'visible' AND m."chunk" = 0), u."id") = 1`)) as Array<{ n: number }>;
    const visible = (await scratch.db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "atlas_search"."ExploreDoc"`)) as Array<{ n: number }>;
    const bits = (await scratch.db.$queryRawUnsafe(`
      SELECT sum(bit_count(m."bits"))::int AS n FROM "atlas_search"."ExploreBitmap" m WHERE m."facet" = 'visible'`)) as Array<{ n: number }>;
    expect(visible[0].n).toBeGreaterThan(0);
    expect(rows[0].n).toBe(visible[0].n);
    expect(bits[0].n).toBe(visible[0].n);
    await expectSameAnswers();
  });
});
