// bench:search: how well search finds what people type (issue 12). A fixed, checked-in table of queries
// (bench/search-cases.ts: zh and en; exact words, inflections, aliases, typos, cross-language), each with the use cases
// it must return, runs through the app's own engine with the provider's native backend on the seeded catalog. A typo
// that finds nothing counts what its first "did you mean" suggestion finds. Recall = expected slugs found / expected
// slugs, pooled over the table; the misses are listed. Target: recall >= 0.95.
//
//   npm run bench:search                                   SQLite (a scratch database from the committed migrations)
//   npm run bench:search -- --provider=postgresql          PostgreSQL: a private cluster (initdb + pg_ctl), or the
//                                                          server in PG_URL; the seeded SQLite rows are copied over
//   npm run bench:search -- --provider=both                both, one after the other (the JSON line has both)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createAdapter } from "../lib/db/adapter";
import { PrismaClient } from "../lib/db/generated/client";
import { createExploreEngine } from "../lib/catalog/explore/engine";
import { answerCase } from "../lib/catalog/explore/search-cases";
import { createPostgresBackend } from "../lib/catalog/explore/postgres-backend";
import { createSqliteBackend } from "../lib/catalog/explore/sqlite-backend";
import type { SearchBackend } from "../lib/catalog/explore/types";
import { applySeed } from "../prisma/seed/apply";
import { content } from "../prisma/seed/content";
import { migrationFiles } from "../test-support/scratch-db";
import { postgresServer } from "./lib/pg-phase";
import { SEARCH_CASES, type CaseKind } from "./search-cases";

const TARGET = 0.95;
const arg = process.argv.find((a) => a.startsWith("--provider="))?.split("=")[1] ?? "sqlite";
if (!["sqlite", "postgresql", "both"].includes(arg)) throw new Error(`--provider must be sqlite, postgresql or both, not "${arg}"`);
const TABLES = ["Domain", "Technique", "FusionMechanism", "Challenge", "UseCase", "UseCaseTechnique", "UseCaseMechanism", "UseCaseChallenge"];

interface Figures {
  recall: number;
  found: number;
  expected: number;
  queries: number;
  byKind: Record<string, number>;
  misses: string[];
  ms: number;
}

async function measure(backend: SearchBackend): Promise<Figures> {
  const engine = createExploreEngine(backend);
  let found = 0;
  let expected = 0;
  const perKind = new Map<CaseKind, { found: number; expected: number }>();
  const misses: string[] = [];
  const start = performance.now();
  for (const c of SEARCH_CASES) {
    const answer = await answerCase(engine, c);
    const got = new Set(answer.slugs);
    const hit = c.expect.filter((s) => got.has(s));
    found += hit.length;
    expected += c.expect.length;
    const k = perKind.get(c.kind) ?? { found: 0, expected: 0 };
    perKind.set(c.kind, { found: k.found + hit.length, expected: k.expected + c.expect.length });
    const via = answer.total === 0 ? ` (via suggestion ${JSON.stringify(answer.suggestions[0] ?? null)})` : "";
    for (const slug of c.expect) if (!got.has(slug)) misses.push(`${c.kind} ${JSON.stringify(c.q)} [${c.locale ?? "en"}]${via}: missing ${slug}`);
  }
  const ms = performance.now() - start;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    recall: round(found / expected),
    found,
    expected,
    queries: SEARCH_CASES.length,
    byKind: Object.fromEntries([...perKind].map(([kind, v]) => [kind, round(v.found / v.expected)])),
    misses,
    ms: Math.round(ms),
  };
}

/** A seeded SQLite scratch database from the committed migrations. */
async function sqliteScratch(dir: string) {
  const file = path.join(dir, "search.db");
  const raw = new Database(file);
  for (const migration of migrationFiles("sqlite")) raw.exec(fs.readFileSync(migration, "utf8"));
  raw.close();
  const db = new PrismaClient({ adapter: createAdapter(`file:${file}`) });
  await applySeed(db, content);
  return { db, file };
}

/** The seeded rows copied into a fresh PostgreSQL database with the committed PostgreSQL migrations. */
async function postgresFrom(sqliteFile: string): Promise<{ pool: pg.Pool; stop: () => Promise<void> }> {
  const postgres = await postgresServer();
  const server = postgres.url;
  const name = `bench_search_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: u.toString(), max: 4 });
  for (const migration of migrationFiles("postgresql")) await pool.query(fs.readFileSync(migration, "utf8"));
  const lite = new Database(sqliteFile, { readonly: true });
  for (const table of TABLES) {
    const pgCols = new Set((await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [table])).rows.map((r) => r.column_name as string));
    const rows = lite.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;
    if (rows.length === 0) continue;
    const cols = Object.keys(rows[0]).filter((c) => pgCols.has(c));
    const fix = (v: unknown, c: string) => (typeof v === "number" && /At$/.test(c) ? new Date(v) : v);
    const params: unknown[] = [];
    const values = rows.map((r) => `(${cols.map((c) => { params.push(fix(r[c], c)); return `$${params.length}`; }).join(",")})`);
    await pool.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, params);
  }
  lite.close();
  return {
    pool,
    stop: async () => {
      await pool.end();
      await admin.query(`DROP DATABASE "${name}"`);
      await admin.end();
      postgres.stop();
    },
  };
}

function print(provider: string, f: Figures) {
  console.log(`\n${provider}: recall ${f.recall} (${f.found}/${f.expected} expected use cases over ${f.queries} queries, ${f.ms} ms)`);
  for (const [kind, recall] of Object.entries(f.byKind)) console.log(`  ${kind.padEnd(15)} ${recall}`);
  console.log(f.misses.length === 0 ? "  misses: none" : `  misses (${f.misses.length}):\n${f.misses.map((m) => `    ${m}`).join("\n")}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const results: Record<string, Figures> = {};
  try {
    const { db, file } = await sqliteScratch(dir);
    if (arg === "sqlite" || arg === "both") {
      results.sqlite = await measure(createSqliteBackend(db));
      print("sqlite", results.sqlite);
    }
    await db.$disconnect();
    if (arg === "postgresql" || arg === "both") {
      const { pool, stop } = await postgresFrom(file);
      try {
        const client = { $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await pool.query(q, v)).rows as T };
        results.postgresql = await measure(createPostgresBackend(client));
        print("postgresql", results.postgresql);
      } finally {
        await stop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const recalls = Object.values(results).map((r) => r.recall);
  const summary: Record<string, unknown> = { bench: "search", queries: SEARCH_CASES.length };
  for (const [provider, f] of Object.entries(results)) summary[provider] = { recall: f.recall, found: f.found, expected: f.expected, misses: f.misses.length };
  summary.recall = Math.min(...recalls);
  summary.target = { recall: TARGET };
  summary.met = recalls.every((r) => r >= TARGET);
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
