// Issue 13: the migration 20261206100000_use_case_editorial moves "What it typically involves" / 通常涉及 out of the
// bodies of catalogs seeded before it, into the new editorial fields, and search still finds those words. It runs on
// the provider under test (SQLite here; PostgreSQL in the PostgreSQL phase): the migrations before it, an old-style
// use case, then it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { content } from "./seed/content";
import { migrationFiles, testProvider } from "@/test-support/scratch-db";

const NAME = "20261206100000_use_case_editorial";
const all = migrationFiles();
const mine = all.findIndex((f) => path.basename(path.dirname(f)) === NAME);
const before = all.slice(0, mine);
const sql = (f: string) => fs.readFileSync(f, "utf8");

const seeded = content.useCases[0];
const oldBody = { en: `${seeded.body.en}\n\n${seeded.editorial!.en}`, zh: `${seeded.body.zh}\n\n${seeded.editorial!.zh}` };
// A row an editor wrote without the paragraph, and one whose editorial text is already set: both left alone.
const plain = { en: "**What the article says:** only this.\n\nAnd a second paragraph of ours.", zh: "**文章所述**：只有这一段。" };

interface Row { slug: string; bodyEn: string; bodyZh: string; editorialEn: string; editorialZh: string }

describe(`migration ${NAME} (${testProvider})`, () => {
  it("exists and runs after the domain/technique editorial fields", () => {
    expect(mine).toBeGreaterThan(0);
    expect(all.slice(0, mine).some((f) => f.includes("20261206090000_editorial_fields"))).toBe(true);
  });

  it.skipIf(testProvider !== "sqlite")("splits old bodies and reindexes search (SQLite)", () => {
    const db = new Database(":memory:");
    for (const f of before) db.exec(sql(f));
    db.exec(`INSERT INTO "Domain" ("id", "slug", "nameEn", "updatedAt") VALUES (1, 'd', 'D', '2026-01-01')`);
    const insert = db.prepare(`INSERT INTO "UseCase" ("id", "slug", "domainId", "titleEn", "bodyEn", "bodyZh", "status", "updatedAt") VALUES (?, ?, 1, ?, ?, ?, 'published', '2026-01-01')`);
    insert.run(1, "old", "Old", oldBody.en, oldBody.zh);
    insert.run(2, "plain", "Plain", plain.en, plain.zh);
    db.exec(sql(all[mine]));
    const rows = db.prepare(`SELECT "slug", "bodyEn", "bodyZh", "editorialEn", "editorialZh" FROM "UseCase" ORDER BY "id"`).all() as Row[];
    check(rows);
    const words = (q: string) => (db.prepare(`SELECT rowid AS id FROM "UseCaseWords" WHERE "UseCaseWords" MATCH ?`).all(q) as Array<{ id: number }>).map((r) => r.id);
    const trigrams = (q: string) => (db.prepare(`SELECT rowid AS id FROM "UseCaseSearch" WHERE "UseCaseSearch" MATCH ?`).all(q) as Array<{ id: number }>).map((r) => r.id);
    expect(words(`"typically involves"`)).toEqual([1]);
    expect(trigrams(`"通常涉及"`)).toEqual([1]);
    // The recreated triggers index an editorial text written afterwards.
    db.prepare(`UPDATE "UseCase" SET "editorialEn" = 'Zebrafish husbandry.' WHERE "id" = 2`).run();
    expect(words("zebrafish")).toEqual([2]);
    db.prepare(`INSERT INTO "UseCase" ("id", "slug", "domainId", "editorialZh", "updatedAt") VALUES (3, 'new', 1, '斑马鱼养殖', '2026-01-01')`).run();
    expect(trigrams(`"斑马鱼"`)).toEqual([3]);
    db.close();
  });

  it.skipIf(testProvider !== "postgresql")("splits old bodies and rebuilds the search documents (PostgreSQL)", async () => {
    const name = `mig_${crypto.randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(process.env.TEST_PG_URL as string);
    u.pathname = `/${name}`;
    const db = new pg.Client({ connectionString: u.toString() });
    try {
      await db.connect();
      for (const f of before) await db.query(sql(f));
      await db.query(`INSERT INTO "Domain" ("id", "slug", "nameEn", "updatedAt") VALUES (1, 'd', 'D', now())`);
      const insert = `INSERT INTO "UseCase" ("id", "slug", "domainId", "titleEn", "bodyEn", "bodyZh", "status", "updatedAt") VALUES ($1, $2, 1, $3, $4, $5, 'published', now())`;
      await db.query(insert, [1, "old", "Old", oldBody.en, oldBody.zh]);
      await db.query(insert, [2, "plain", "Plain", plain.en, plain.zh]);
      await db.query(sql(all[mine]));
      check((await db.query(`SELECT "slug", "bodyEn", "bodyZh", "editorialEn", "editorialZh" FROM "UseCase" ORDER BY "id"`)).rows as Row[]);
      const docs = async (like: string) => (await db.query(`SELECT "useCaseId" AS id FROM "atlas_search"."UseCaseText" WHERE "doc" LIKE $1 ORDER BY 1`, [like])).rows.map((r: { id: number }) => r.id);
      expect(await docs("%typically involves%")).toEqual([1]);
      expect(await docs("%通常涉及%")).toEqual([1]);
      // Eight texts: the editorial ones last.
      const doc = (await db.query(`SELECT "doc" FROM "atlas_search"."UseCaseText" WHERE "useCaseId" = 1`)).rows[0].doc as string;
      expect(doc.split("\u001f")).toHaveLength(8);
      expect(doc.split("\u001f").slice(4)).toEqual([seeded.body.zh, seeded.body.en, seeded.editorial!.zh, seeded.editorial!.en].map((t) => t.toLowerCase()));
      await db.query(`UPDATE "UseCase" SET "editorialEn" = 'Zebrafish husbandry.' WHERE "id" = 2`);
      expect(await docs("%zebrafish%")).toEqual([2]);
    } finally {
      await db.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    }
  });
});

function check(rows: Row[]) {
  expect(rows[0]).toEqual({ slug: "old", bodyEn: seeded.body.en, bodyZh: seeded.body.zh, editorialEn: seeded.editorial!.en, editorialZh: seeded.editorial!.zh });
  expect(rows[1]).toEqual({ slug: "plain", bodyEn: plain.en, bodyZh: plain.zh, editorialEn: "", editorialZh: "" });
}
