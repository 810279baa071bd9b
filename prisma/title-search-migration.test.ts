// Issue 18: the migration 20261207090000_title_search adds title-only search indexes, which the SQLite explorer reads
// for relevance's "matches in the title" (lib/catalog/explore/sqlite-backend.ts) instead of a {title} column filter
// on the full indexes. They must match exactly what that filter matches, for rows written before the migration
// (backfilled) and after it (triggers: insert, title edit, delete).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrationFiles, testProvider } from "@/test-support/scratch-db";

const NAME = "20261207090000_title_search";
const all = migrationFiles("sqlite");
const mine = all.findIndex((f) => path.basename(path.dirname(f)) === NAME);
const sql = (f: string) => fs.readFileSync(f, "utf8");

describe.skipIf(testProvider !== "sqlite")(`migration ${NAME} (SQLite)`, () => {
  it("exists", () => {
    expect(mine).toBeGreaterThan(0);
  });

  it("matches in titles exactly as the {title} filter on the full indexes does, before and after it", () => {
    const db = new Database(":memory:");
    for (const f of all.slice(0, mine)) db.exec(sql(f));
    db.exec(`INSERT INTO "Domain" ("id", "slug", "nameEn", "updatedAt") VALUES (1, 'd', 'D', '2026-01-01')`);
    const insert = db.prepare(
      `INSERT INTO "UseCase" ("id", "slug", "domainId", "titleEn", "titleZh", "summaryEn", "bodyEn", "status", "updatedAt")
       VALUES (?, ?, 1, ?, ?, ?, ?, 'published', '2026-01-01')`,
    );
    insert.run(1, "a", "Route planning for trucks", "货车路径规划", "Routing with privacy", "Knowledge graphs.");
    insert.run(2, "b", "Privacy-preserving records", "隐私保护的病历", "Route notes", "");
    db.exec(sql(all[mine]));
    insert.run(3, "c", "Knowledge graph of drugs", "药物知识图谱", "Planning", "Privacy.");

    const ids = (table: string, match: string) =>
      (db.prepare(`SELECT rowid AS id FROM "${table}" WHERE "${table}" MATCH ? ORDER BY rowid`).all(match) as Array<{ id: number }>).map((r) => r.id);
    const sameAsFilter = (words: string[], trigrams: string[]) => {
      for (const w of words) expect(ids("UseCaseTitleWords", w), w).toEqual(ids("UseCaseWords", `{title} : (${w})`));
      for (const t of trigrams) expect(ids("UseCaseTitleSearch", t), t).toEqual(ids("UseCaseSearch", `{title} : (${t})`));
    };
    const words = [`"route"*`, `"privacy"*`, `"knowledge"* AND "graph"*`, `"plan"*`, `"truck"*`];
    // The shapes lib/search/fts.ts's matchPlan writes: phrases, word prefixes, AND, and the OR group a one- or
    // two-character term expands to (its trigrams from the vocabulary), including one that ends a text (U+001F).
    const trigrams = [`"路径规"`, `"隐私保"`, `"知识图谱"`, `"病历"`, `("病历\u001f" OR "隐私保")`, `"划\u001f\u001f"`, `"路径规" AND "货车路"`];
    sameAsFilter(words, trigrams);
    expect(ids("UseCaseTitleWords", `"route"*`)).toEqual([1]);
    expect(ids("UseCaseTitleWords", `"knowledge"* AND "graph"*`)).toEqual([3]);
    expect(ids("UseCaseTitleSearch", `("病历\u001f" OR "隐私保")`)).toEqual([2]);
    expect(ids("UseCaseTitleSearch", `"划\u001f\u001f"`)).toEqual([1]);

    // A title edit moves the match; a delete removes it.
    db.prepare(`UPDATE "UseCase" SET "titleEn" = 'Route safety audits', "titleZh" = '路径安全审计' WHERE "id" = 2`).run();
    db.prepare(`DELETE FROM "UseCase" WHERE "id" = 1`).run();
    sameAsFilter([...words, `"safety"*`], [...trigrams, `"安全审"`]);
    expect(ids("UseCaseTitleWords", `"route"*`)).toEqual([2]);
    expect(ids("UseCaseTitleWords", `"privacy"*`)).toEqual([]);
    expect(ids("UseCaseTitleSearch", `"路径安"`)).toEqual([2]);
    // An edit of another field leaves the title index alone.
    db.prepare(`UPDATE "UseCase" SET "summaryEn" = 'Privacy everywhere' WHERE "id" = 3`).run();
    expect(ids("UseCaseTitleWords", `"privacy"*`)).toEqual([]);
    db.close();
  });
});
