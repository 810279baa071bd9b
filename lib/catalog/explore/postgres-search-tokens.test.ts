// PostgreSQL answers searches from its token index (prisma/postgres/migrations/20261206200000_pg_search_tokens):
//  - the index holds exactly the tokens lib/search/terms.ts cuts each text into (words, CJK grams, title tokens);
//  - a search of one-word terms or CJK terms of one or two characters reads no text back (ids come aggregated in SQL);
//  - after every kind of write (publish, unpublish, a text edit bringing a word no text had, delete), before and after
//    the catalog version bump folds the vocabulary, the native backend answers exactly what the portable backend
//    (plain SQL over the tables, the definition checked in JS) answers, for CJK terms of 1, 2 and more characters, an
//    inflected English word, a phrase term, an alias, mixed terms, and the "did you mean" relaxation of a typo;
//  - a term that needs the exact check in JS gets back only texts its LIKE kept (review A1);
//  - two searches overlapping a refill of the vocabulary lose no word (review A3);
//  - a word far over an index entry's size limit is indexed by its first characters: the save, and the migration's
//    backfill of a database holding one, succeed, and terms of up to 200 characters find it (review A2).
// PostgreSQL only (TEST_PG_URL); it asserts that it runs there.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySeed } from "@/prisma/seed/apply";
import { content } from "@/prisma/seed/content";
import { createScratchDb, migrationFiles, testProvider } from "@/test-support/scratch-db";
import { parseExploreQuery } from "@/lib/schemas/explore-query";
import { CASELESS_LETTER, WORD_CHAR, searchTerms } from "@/lib/search/terms";
import { createExploreEngine } from "./engine";
import { createPortableBackend } from "./portable-backend";
import { createPostgresBackend } from "./postgres-backend";
import type { RawQueryClient } from "./sql";
import { MAX_GRAM, MAX_WORD } from "./token-search";

const enc = encodeURIComponent;
const TERMS = [
  "医", "疗", "医疗", "影像", "医疗影像", "个性化学习", "个性化学习计划", "学习", "鳄梨", "鳄", "鳄梨酱", "鳄梨酱汁",
  "imaging", "images", "routes", "planning", "learn", "diag", "rec", "pred", "zyxglorptastic", "zyxglorptastics", "x-ray", "real-time", "ai",
  "CV", "机器视觉", "knowledge graph", "NLP",
  "AI 医疗", "data 数据", "ai医疗", "医疗,", "%", "100%",
  "ⓐ", "Ⓐⓑ", "\u0345", "gpt模型", "5g网络",
];
const QUERIES = [
  ...TERMS.map((t) => `q=${enc(t)}`),
  ...TERMS.slice(0, 12).map((t) => `q=${enc(t)}&sort=relevance&pageSize=50`),
  `q=${enc("学习")}&locale=zh&sort=title`,
  `q=${enc("learning")}&domain=education&sort=updated`,
  `q=${enc("data")}&pageSize=3&page=2&sort=relevance`,
];
const TYPOS = ["imagng", "lerning", "医了"];

const WORDS = new RegExp(`${WORD_CHAR.source}+`, "gu");
/** A word as the index keeps it: its first MAX_WORD characters. */
const cut = (word: string) => [...word].slice(0, MAX_WORD).join("");

/** A DNA sequence of `n` bases, the same every run (a linear congruential generator). */
function dna(n: number, seed: number): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += "acgt"[(x >> 16) & 3];
  }
  return out;
}
/** Two sequences of 8,000 bases alike up to base 150 (one word each, far over an index entry's ~2.7 KB). */
const SEQUENCE = dna(8000, 7);
const VARIANT = SEQUENCE.slice(0, 150) + (SEQUENCE[150] === "a" ? "c" : "a") + SEQUENCE.slice(151);
const LONG_TERMS = [SEQUENCE.slice(0, 60), SEQUENCE.slice(0, 100), SEQUENCE.slice(0, 101), SEQUENCE.slice(0, 150), SEQUENCE.slice(0, 160), SEQUENCE.slice(0, 200), VARIANT.slice(0, 200), `${SEQUENCE.slice(0, 120)}-zz`];
const CASELESS = new RegExp(`${CASELESS_LETTER.source}+`, "gu");

/** The tokens lib/search/terms.ts sees in a lower-cased document: words, CJK grams of 1 to 4, the titles' with '^'. */
function expectedTokens(doc: string): string[] {
  const grams = (run: string) => {
    const chars = [...run];
    const out: string[] = [];
    for (let n = 1; n <= MAX_GRAM; n++) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(""));
    return out;
  };
  const of = (text: string) => [...(text.match(WORDS) ?? []).map(cut), ...[...text.matchAll(CASELESS)].flatMap((m) => grams(m[0]))];
  const titles = doc.split("\u001f").slice(0, 2).join("\u001f");
  return [...new Set([...of(doc), ...of(titles).map((t) => `^${t}`)])].sort();
}

describe.skipIf(testProvider !== "postgresql")("PostgreSQL search from the token index", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDb>>;
  let native: ReturnType<typeof createExploreEngine>;
  let portable: ReturnType<typeof createExploreEngine>;
  /** Every statement the native backend ran, with the columns of what came back. */
  const log: Array<{ text: string; columns: string[]; docs: string[] }> = [];
  const exec = (text: string) => scratch.db.$executeRawUnsafe(text);
  const bump = () => exec(`UPDATE "CatalogState" SET "version" = "version" + 1 WHERE "id" = 1`);

  beforeAll(async () => {
    scratch = await createScratchDb();
    expect(scratch.provider).toBe("postgresql");
    await applySeed(scratch.db, content);
    const spy: RawQueryClient = {
      async $queryRawUnsafe<T>(text: string, ...values: unknown[]) {
        const rows = (await scratch.db.$queryRawUnsafe<T>(text, ...values)) as unknown;
        // The statement with its values: token_query's statement travels as a value.
        const list = Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
        log.push({
          text: [text, ...values.map(String)].join("\n"),
          columns: list.length > 0 ? Object.keys(list[0]) : [],
          docs: list.flatMap((r) => (typeof r.doc === "string" ? [r.doc] : [])),
        });
        return rows as T;
      },
    };
    native = createExploreEngine(createPostgresBackend(spy));
    portable = createExploreEngine(createPortableBackend(scratch.db, "postgresql"));
  });
  afterAll(async () => scratch?.cleanup());

  async function expectSameAnswers(label: string): Promise<void> {
    for (const search of QUERIES) {
      const parsed = parseExploreQuery(new URLSearchParams(search));
      if (!parsed.ok) throw new Error(search);
      const [a, b] = await Promise.all([native.explore(parsed.query, { unknownSlugs: "ignore" }), portable.explore(parsed.query, { unknownSlugs: "ignore" })]);
      expect({ total: a.total, ids: a.items.map((i) => i.slug), facets: a.facets }, `${label}: ${search}`).toEqual({ total: b.total, ids: b.items.map((i) => i.slug), facets: b.facets });
      const [ea, eb] = await Promise.all([native.exportAll(parsed.query), portable.exportAll(parsed.query)]);
      expect(ea.map((v) => v.slug), `${label}: export ${search}`).toEqual(eb.map((v) => v.slug));
    }
    for (const typo of TYPOS) {
      const parsed = parseExploreQuery(new URLSearchParams({ q: typo }));
      if (!parsed.ok) throw new Error(typo);
      expect(await native.suggest(parsed.query), `${label}: did you mean ${typo}`).toEqual(await portable.suggest(parsed.query));
    }
  }

  it("indexes exactly the tokens terms.ts cuts every text into", async () => {
    const rows = (await scratch.db.$queryRawUnsafe(`
      SELECT t."doc", k."tokens" FROM "atlas_search"."UseCaseText" t JOIN "atlas_search"."UseCaseToken" k ON k."useCaseId" = t."useCaseId"`)) as Array<{ doc: string; tokens: string[] }>;
    const texts = (await scratch.db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "atlas_search"."UseCaseText"`)) as Array<{ n: number }>;
    expect(rows.length).toBe(texts[0].n);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([...row.tokens].sort()).toEqual(expectedTokens(row.doc));
    const words = (await scratch.db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "atlas_search"."SearchWord"`)) as Array<{ n: number }>;
    const distinct = new Set(rows.flatMap((r) => (r.doc.match(WORDS) ?? []).map(cut)));
    expect(words[0].n).toBe(distinct.size);
  });

  it("answers one-word and short CJK searches from the index, with no text read back", async () => {
    for (const q of ["医", "医疗", "learning", "imaging 医疗", "data"]) {
      const parsed = parseExploreQuery(new URLSearchParams({ q, sort: "relevance" }));
      if (!parsed.ok) throw new Error(q);
      log.length = 0;
      const result = await native.explore(parsed.query);
      expect(result.total, q).toBeGreaterThan(0);
      expect(log.some((e) => e.text.includes(`"atlas_search"."UseCaseToken"`)), q).toBe(true);
      expect(log.filter((e) => e.columns.includes("doc")), q).toEqual([]);
      expect(log.filter((e) => e.text.includes(`"atlas_search"."UseCaseText"`)), q).toEqual([]);
    }
  });

  it("sends back only texts containing a term that needs the exact check (a term with case and no word, or beside CJK)", async () => {
    // One use case has them all, so that the searches find something; every other text lacks "ⓐ" and "Ⓐⓑ".
    await exec(`UPDATE "UseCase" SET "bodyEn" = "bodyEn" || ' Ⓐⓑ GPT模型 5G网络' WHERE "id" = (SELECT min("id") FROM "UseCase" WHERE "status" = 'published')`);
    await bump();
    for (const q of ["ⓐ", "Ⓐⓑ", "ai医疗", "gpt模型", "5g网络", "\u0345"]) {
      const parsed = parseExploreQuery(new URLSearchParams({ q }));
      if (!parsed.ok) throw new Error(q);
      log.length = 0;
      await native.explore(parsed.query);
      const term = searchTerms(q)[0];
      const docs = log.flatMap((e) => e.docs);
      // Narrowed in SQL by the term's LIKE: no text without it comes back (before, every text did for "ⓐ", and
      // every text with 医疗 for "ai医疗").
      expect(docs.filter((d) => !d.includes(term)), q).toEqual([]);
    }
    const parsed = parseExploreQuery(new URLSearchParams({ q: "ⓐ" }));
    if (!parsed.ok) throw new Error("ⓐ");
    expect((await native.explore(parsed.query)).total).toBe(1);
  });

  it("saves a text with a word far longer than an index entry allows, and finds it by its first characters", async () => {
    // Before: "index row size … exceeds maximum 2712" and the save rolled back (PostgreSQL only).
    const [a, b] = (await scratch.db.$queryRawUnsafe(`SELECT "id" FROM "UseCase" WHERE "status" = 'published' AND "deletedAt" IS NULL ORDER BY "id" DESC LIMIT 2`)) as Array<{ id: number }>;
    await exec(`UPDATE "UseCase" SET "bodyEn" = "bodyEn" || ' ${SEQUENCE} ', "updatedAt" = now() WHERE "id" = ${a.id}`);
    await exec(`UPDATE "UseCase" SET "bodyZh" = "bodyZh" || '基因序列${VARIANT}。', "updatedAt" = now() WHERE "id" = ${b.id}`);
    await bump();
    const rows = (await scratch.db.$queryRawUnsafe(`
      SELECT t."doc", k."tokens" FROM "atlas_search"."UseCaseText" t JOIN "atlas_search"."UseCaseToken" k ON k."useCaseId" = t."useCaseId"
       WHERE t."useCaseId" IN (${a.id}, ${b.id})`)) as Array<{ doc: string; tokens: string[] }>;
    expect(rows.length).toBe(2);
    for (const row of rows) expect([...row.tokens].sort()).toEqual(expectedTokens(row.doc));
    const words = (await scratch.db.$queryRawUnsafe(`SELECT "word" FROM "atlas_search"."SearchWord" WHERE "word" LIKE '${SEQUENCE.slice(0, 100)}%'`)) as Array<{ word: string }>;
    expect(words.map((w) => w.word).sort()).toEqual([cut(SEQUENCE), cut(VARIANT)].sort());
    const totals: number[] = [];
    for (const q of LONG_TERMS) {
      const parsed = parseExploreQuery(new URLSearchParams({ q, sort: "relevance" }));
      if (!parsed.ok) throw new Error(q);
      const [x, y] = await Promise.all([native.explore(parsed.query), portable.explore(parsed.query)]);
      expect({ total: x.total, ids: x.items.map((i) => i.slug) }, q).toEqual({ total: y.total, ids: y.items.map((i) => i.slug) });
      totals.push(x.total);
    }
    // Both sequences up to base 150; only one past it; none with "-zz" after the sequence's start.
    expect(totals).toEqual([2, 2, 2, 2, 1, 1, 1, 0]);
  });

  it("migrates a database that already holds a word far longer than an index entry allows (the backfill)", async () => {
    const all = migrationFiles("postgresql");
    const mine = all.findIndex((f) => path.basename(path.dirname(f)) === "20261206200000_pg_search_tokens");
    expect(mine).toBeGreaterThan(0);
    const name = `mig_${crypto.randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(process.env.TEST_PG_URL as string);
    u.pathname = `/${name}`;
    const db = new pg.Client({ connectionString: u.toString() });
    try {
      await db.connect();
      for (const f of all.slice(0, mine)) await db.query(fs.readFileSync(f, "utf8"));
      await db.query(`INSERT INTO "Domain" ("id", "slug", "nameEn", "status", "updatedAt") VALUES (1, 'd', 'D', 'published', now())`);
      await db.query(`INSERT INTO "UseCase" ("id", "slug", "domainId", "titleEn", "bodyEn", "status", "updatedAt") VALUES (1, 'dna', 1, 'Sequence', $1, 'published', now())`, [`A read: ${SEQUENCE}.`]);
      // Before: the backfill failed ("index row size … exceeds maximum 2712") and the migration with it.
      for (const f of all.slice(mine)) await db.query(fs.readFileSync(f, "utf8"));
      const tokens = (await db.query(`SELECT "tokens" FROM "atlas_search"."UseCaseToken" WHERE "useCaseId" = 1`)).rows[0].tokens as string[];
      expect(tokens).toContain(cut(SEQUENCE));
      expect(tokens).not.toContain(SEQUENCE);
      const words = (await db.query(`SELECT "word" FROM "atlas_search"."SearchWord" WHERE length("word") > 64`)).rows.map((r: { word: string }) => r.word);
      expect(words).toEqual([cut(SEQUENCE)]);
    } finally {
      await db.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    }
  });

  it("answers as the portable backend does on the seeded catalog", async () => {
    await expectSameAnswers("seeded");
  });

  it("follows publishing, unpublishing, a text edit with new words, and deletes, before and after the fold", async () => {
    await exec(`UPDATE "UseCase" SET "titleEn" = "titleEn" || ' zyxglorptastic', "bodyZh" = "bodyZh" || '鳄梨酱', "updatedAt" = now() WHERE "id" % 7 = 1`);
    await exec(`UPDATE "UseCase" SET "summaryEn" = 'Real-time X-rays for zyxglorptastics', "summaryZh" = '鳄梨' WHERE "id" % 11 = 2`);
    await exec(`UPDATE "UseCase" SET "status" = 'draft' WHERE "id" % 5 = 0`);
    await exec(`DELETE FROM "UseCase" WHERE "id" % 13 = 3`);
    // Not folded yet: the new words wait in the change table, and readers read them.
    const pending = (await scratch.db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "atlas_search"."SearchWordChange"`)) as Array<{ n: number }>;
    expect(pending[0].n).toBeGreaterThan(0);
    await expectSameAnswers("before the fold");
    await bump();
    const folded = (await scratch.db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "atlas_search"."SearchWordChange"`)) as Array<{ n: number }>;
    expect(folded[0].n).toBe(0);
    await expectSameAnswers("after the fold");
    // Publish them again, and take a word back out of every text.
    await exec(`UPDATE "UseCase" SET "status" = 'published' WHERE "status" = 'draft'`);
    await exec(`UPDATE "UseCase" SET "titleEn" = replace("titleEn", ' zyxglorptastic', '') WHERE "id" % 14 = 1`);
    await bump();
    await expectSameAnswers("republished");
  });

  it("reads the vocabulary again when its tables were emptied and refilled", async () => {
    const parsed = parseExploreQuery(new URLSearchParams({ q: "zyxglorptastic" }));
    if (!parsed.ok) throw new Error("query");
    const before = (await native.explore(parsed.query)).total;
    expect(before).toBeGreaterThan(0);
    await exec(`TRUNCATE "atlas_search"."SearchWord" RESTART IDENTITY`);
    await exec(`INSERT INTO "atlas_search"."SearchWord" ("word") SELECT DISTINCT w FROM "atlas_search"."UseCaseText", unnest("atlas_search"."search_words"("doc")) w ORDER BY 1 DESC`);
    expect((await native.explore(parsed.query)).total).toBe(before);
    await expectSameAnswers("refilled");
  });

  it("loses no word when two searches overlap a refill of the vocabulary", async () => {
    // A backend of its own whose vocabulary reads can be held back: both searches read from the same `last`; the first
    // one released sees the refill and reads everything again (held), then the second one's read comes back.
    const held: Array<() => void> = [];
    let gate = false;
    const gated: RawQueryClient = {
      async $queryRawUnsafe<T>(text: string, ...values: unknown[]) {
        const rows = await scratch.db.$queryRawUnsafe<T>(text, ...values);
        if (gate && text.includes(`FROM "atlas_search"."SearchWord" WHERE "id" >`)) await new Promise<void>((resolve) => held.push(resolve));
        return rows;
      },
    };
    const engine = createExploreEngine(createPostgresBackend(gated));
    const heldCount = async (n: number) => {
      while (held.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const parsed = parseExploreQuery(new URLSearchParams({ q: "learning" }));
    if (!parsed.ok) throw new Error("query");
    const expected = (await engine.explore(parsed.query)).total;
    expect(expected).toBeGreaterThan(0);
    // Refilled, numbered afresh: two new words first, so every word is numbered anew and the last two lie above the
    // backend's `last` (the only ones a read from it finds).
    await exec(`TRUNCATE "atlas_search"."SearchWord" RESTART IDENTITY`);
    await exec(`INSERT INTO "atlas_search"."SearchWord" ("word") VALUES ('zzrefilla'), ('zzrefillb')`);
    await exec(`INSERT INTO "atlas_search"."SearchWord" ("word") SELECT DISTINCT w FROM "atlas_search"."UseCaseText", unnest("atlas_search"."search_words"("doc")) w ORDER BY 1 DESC`);
    gate = true;
    const first = engine.explore(parsed.query);
    const second = engine.explore(parsed.query);
    await heldCount(2);
    held[0]();
    await heldCount(3); // the re-read of everything, held
    gate = false;
    held[1]();
    // The search whose read was released second finishes first (the other waits for its re-read): before the re-read
    // comes back, it must not have taken its words above the old `last` for the whole vocabulary.
    const early = await Promise.race([first, second]);
    expect(early.total).toBe(expected);
    held[2]();
    for (const r of await Promise.all([first, second])) expect(r.total).toBe(expected);
    expect((await engine.explore(parsed.query)).total).toBe(expected);
  });
});
