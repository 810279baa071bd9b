// bench:explorer's PostgreSQL phase (`--provider postgresql` or `both`): cache misses of the explorer's query on
// PostgreSQL at 20,000 and 100,000 use cases (issue 18, item 4: p95 ≤ 100 ms at both sizes).
//
// The same synthetic catalogs (bench/explorer-data.ts, the same fixed seed) are generated into SQLite (reused with
// --keep), copied into a private PostgreSQL cluster (scripts/lib/pg-cluster.mjs; or a server at PG_URL) that has the
// committed PostgreSQL migrations, so the database's own triggers build the search text and the explorer's
// aggregates as they do for the app's writes, and ANALYZEd. The app's engine and PostgreSQL backend then answer the
// same query mix as the SQLite phase with no cache in front (every query is a miss), through a pg pool of the app's
// kind (SerialPgClient). The sizes alternate query by query, so background load falls on both alike.
// BENCH_PG_REUSE=1 with PG_URL: databases bench_explorer_<size> already on that server are measured as they are (the
// 100k copy takes minutes on a busy machine).
import fs from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import pg from "pg";
import { createExploreEngine, type ExploreEngine } from "../lib/catalog/explore/engine";
import { createPostgresBackend } from "../lib/catalog/explore/postgres-backend";
import type { RawQueryClient } from "../lib/catalog/explore/sql";
import { SerialPgClient } from "../lib/db/serial-pg-client";
import type { ExploreQuery } from "../lib/schemas/explore-query";
import { migrationFiles } from "../test-support/scratch-db";
import { postgresServer } from "./lib/pg-phase";

export const PG_SIZES = [20_000, 100_000] as const;
export const PG_TARGET_MS = 100;
const TABLES = ["Domain", "Technique", "FusionMechanism", "Challenge", "UseCase", "UseCaseTechnique", "UseCaseMechanism", "UseCaseChallenge"];
/** Rounds per run (BENCH_PG_ROUNDS) after BENCH_PG_WARMUP warm-up rounds: a 100k search round takes minutes on a busy machine. */
const ROUNDS = Number(process.env.BENCH_PG_ROUNDS ?? 5);
const WARMUP_ROUNDS = Number(process.env.BENCH_PG_WARMUP ?? 1);

interface Kind {
  name: string;
  queries: ExploreQuery[];
}

export interface PgRunResult {
  p50_20k: number;
  p95_20k: number;
  p50_100k: number;
  p95_100k: number;
  /** The same, split: queries with a search term and queries without one (pooled over their kinds). */
  search: { p50_20k: number; p95_20k: number; p50_100k: number; p95_100k: number };
  no_search: { p50_20k: number; p95_20k: number; p50_100k: number; p95_100k: number };
  load_avg: number;
  met: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Copies the generated catalog from SQLite into a fresh database on `server` (migrated), in batches. */
async function copyInto(server: string, name: string, sqliteFile: string): Promise<pg.Pool> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  if (process.env.BENCH_PG_REUSE === "1" && (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1) {
    // PG_URL's server already holds this catalog (an earlier run's, migrated since): measure it as it is.
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    console.log(`  reusing PostgreSQL database ${name}`);
    return new pg.Pool({ connectionString: u.toString(), max: 4, Client: SerialPgClient });
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: u.toString(), max: 4, Client: SerialPgClient });
  for (const migration of migrationFiles("postgresql")) await pool.query(fs.readFileSync(migration, "utf8"));
  const lite = new Database(sqliteFile, { readonly: true });
  const started = Date.now();
  for (const table of TABLES) {
    const pgCols = new Set((await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [table])).rows.map((r) => r.column_name as string));
    const statement = lite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`);
    let cols: string[] | null = null;
    let batch: Array<Record<string, unknown>> = [];
    const flush = async () => {
      if (batch.length === 0 || !cols) return;
      const params: unknown[] = [];
      const values = batch.map((r) => `(${cols!.map((c) => { params.push(r[c]); return `$${params.length}`; }).join(",")})`);
      await pool.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, params);
      batch = [];
    };
    for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
      cols ??= Object.keys(row).filter((c) => pgCols.has(c));
      batch.push(row);
      if (batch.length * cols.length >= 30_000) await flush();
    }
    await flush();
    // Serial ids were given explicitly: move the sequences past them, as a restore would.
    await pool.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(max("id"), 1)) FROM "${table}"`).catch(() => undefined);
  }
  lite.close();
  // A bulk load bypasses the catalog version bump, which folds the facet changes into the bitmaps: fold them now.
  const fold = await pool.query(`SELECT to_regproc('atlas_search.explore_fold') AS f`);
  if (fold.rows[0]?.f) await pool.query(`SELECT "atlas_search"."explore_fold"()`);
  await pool.query("VACUUM ANALYZE");
  console.log(`  copied ${sqliteFile} into PostgreSQL database ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return pool;
}

/**
 * The PostgreSQL phase: `sqliteFileFor(size)` gives the generated SQLite catalog of that size. Prints a table per run
 * and returns every run's figures.
 */
export async function runPostgresPhase(options: { kinds: Kind[]; runs: number; sqliteFileFor: (size: number) => string }): Promise<PgRunResult[]> {
  const postgres = await postgresServer();
  const server = postgres.url;
  const pools = new Map<number, pg.Pool>();
  const engines = new Map<number, ExploreEngine>();
  try {
    for (const size of PG_SIZES) {
      const pool = await copyInto(server, `bench_explorer_${size}`, options.sqliteFileFor(size));
      pools.set(size, pool);
      const client: RawQueryClient = { $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await pool.query(q, v)).rows as T };
      engines.set(size, createExploreEngine(createPostgresBackend(client)));
    }
    const results: PgRunResult[] = [];
    for (let run = 1; run <= options.runs; run++) {
      console.log(`\n=== PostgreSQL run ${run} of ${options.runs} ===`);
      results.push(await measure(options.kinds, engines));
    }
    return results;
  } finally {
    for (const pool of pools.values()) await pool.end();
    postgres.stop();
  }
}

async function measure(kinds: Kind[], engines: Map<number, ExploreEngine>): Promise<PgRunResult> {
  const loadBefore = os.loadavg()[0];
  const samples = new Map<number, Map<string, number[]>>(PG_SIZES.map((n) => [n, new Map(kinds.map((k) => [k.name, []]))]));
  const totals = new Map<string, number>();
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (const kind of kinds) {
      for (const query of kind.queries) {
        for (const size of round % 2 === 0 ? PG_SIZES : [...PG_SIZES].reverse()) {
          const started = performance.now();
          const result = await engines.get(size)!.explore(query);
          const ms = performance.now() - started;
          if (round >= WARMUP_ROUNDS) samples.get(size)!.get(kind.name)!.push(ms);
          if (round === 0) totals.set(`${size}:${kind.name}`, (totals.get(`${size}:${kind.name}`) ?? 0) + result.total);
        }
      }
      console.log(`  round ${round + 1}: ${kind.name} done`);
    }
  }
  console.log(`${ROUNDS} rounds × ${kinds.reduce((n, k) => n + k.queries.length, 0)} queries per size (after ${WARMUP_ROUNDS} warm-up round), every one a cache miss`);
  console.log(`${"query kind".padEnd(24)}${PG_SIZES.map((n) => `  p50/p95 @${n / 1000}k (ms)   avg hits`.padEnd(38)).join("")}`);
  for (const kind of kinds) {
    const cells = PG_SIZES.map((size) => {
      const s = [...samples.get(size)!.get(kind.name)!].sort((a, b) => a - b);
      const hits = Math.round((totals.get(`${size}:${kind.name}`) ?? 0) / kind.queries.length);
      return `  ${percentile(s, 50).toFixed(1).padStart(7)} / ${percentile(s, 95).toFixed(1).padStart(7)}   ${String(hits).padStart(8)}`.padEnd(38);
    });
    console.log(`${kind.name.padEnd(24)}${cells.join("")}`);
  }
  const pooled = (size: number, searching: boolean | null = null) =>
    [...samples.get(size)!.entries()]
      .filter(([name]) => searching === null || name.endsWith(" + search") === searching)
      .flatMap(([, ms]) => ms)
      .sort((x, y) => x - y);
  const [a, b] = PG_SIZES.map((size) => pooled(size));
  const split = (searching: boolean) => {
    const [x, y] = PG_SIZES.map((size) => pooled(size, searching));
    return { p50_20k: round2(percentile(x, 50)), p95_20k: round2(percentile(x, 95)), p50_100k: round2(percentile(y, 50)), p95_100k: round2(percentile(y, 95)) };
  };
  const loadAfter = os.loadavg()[0];
  const figures = {
    p50_20k: round2(percentile(a, 50)),
    p95_20k: round2(percentile(a, 95)),
    p50_100k: round2(percentile(b, 50)),
    p95_100k: round2(percentile(b, 95)),
    search: split(true),
    no_search: split(false),
    load_avg: round2(Math.max(loadBefore, loadAfter)),
  };
  console.log(`PostgreSQL misses: 20k p50 ${figures.p50_20k} / p95 ${figures.p95_20k} ms; 100k p50 ${figures.p50_100k} / p95 ${figures.p95_100k} ms (target p95 ≤ ${PG_TARGET_MS} ms at both)`);
  for (const [label, f] of [["with a search", figures.search], ["without a search", figures.no_search]] as const) {
    console.log(`  ${label.padEnd(17)}: 20k p50 ${f.p50_20k} / p95 ${f.p95_20k} ms; 100k p50 ${f.p50_100k} / p95 ${f.p95_100k} ms`);
  }
  console.log(`1-minute load average: ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${os.cpus().length} CPUs`);
  return { ...figures, met: figures.p95_20k <= PG_TARGET_MS && figures.p95_100k <= PG_TARGET_MS };
}
