// Explorer latency on PostgreSQL: the portable backend (what served PostgreSQL before) against the native one, on the
// synthetic catalog (bench/explorer-data.ts, fixed seed) copied from SQLite into a scratch PostgreSQL database that
// has the committed PostgreSQL migrations. Needs PG_URL (a server; a database is created and dropped).
// Usage: PG_URL=postgresql://postgres@127.0.0.1:5432/postgres node_modules/.bin/tsx bench/pg-search-compare.ts [size]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { generateCatalog } from "./explorer-data";
import { createExploreEngine } from "../lib/catalog/explore/engine";
import { createPortableBackend } from "../lib/catalog/explore/portable-backend";
import { createPostgresBackend } from "../lib/catalog/explore/postgres-backend";
import { parseExploreQuery } from "../lib/schemas/explore-query";

const size = Number(process.argv[2] ?? 20_000);
const server = process.env.PG_URL ?? "";
if (!server) throw new Error("PG_URL is required");
const TABLES = ["Domain", "Technique", "FusionMechanism", "Challenge", "UseCase", "UseCaseTechnique", "UseCaseMechanism", "UseCaseChallenge"];
const QUERIES = [
  "", "technique=computer-vision", "domain=finance&challenge=data-privacy-security", "sort=updated&page=5",
  ...["医疗", "影像", "route", "风险", "knowledge graph", "推荐", "privacy", "调度", "联邦学习", "forecast", "缺陷检测", "fraud"].map((t) => `q=${encodeURIComponent(t)}`),
  "q=learning&technique=nlp",
];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pgbench-"));
  const lite = new Database(path.join(dir, "src.db"));
  for (const d of fs.readdirSync("prisma/migrations").filter((d) => !d.endsWith(".toml")).sort()) lite.exec(fs.readFileSync(`prisma/migrations/${d}/migration.sql`, "utf8"));
  generateCatalog(lite, size, 7);
  const name = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: u.toString(), max: 4 });
  try {
    for (const d of fs.readdirSync("prisma/postgres/migrations").filter((d) => !d.endsWith(".toml")).sort()) await pool.query(fs.readFileSync(`prisma/postgres/migrations/${d}/migration.sql`, "utf8"));
    for (const table of TABLES) {
      const pgCols = new Set((await pool.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [table])).rows.map((r) => r.column_name as string));
      const rows = lite.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;
      if (rows.length === 0) continue;
      const cols = Object.keys(rows[0]).filter((c) => pgCols.has(c));
      const fix = (v: unknown, c: string) => (typeof v === "number" && /At$/.test(c) ? new Date(v) : v);
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000);
        const params: unknown[] = [];
        const values = batch.map((r) => `(${cols.map((c) => { params.push(fix(r[c], c)); return `$${params.length}`; }).join(",")})`);
        await pool.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, params);
      }
    }
    await pool.query("ANALYZE");
    const client = { $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await pool.query(q, v)).rows as T };
    const figures: Record<string, number> = {};
    for (const [label, backend] of [["portable", createPortableBackend(client, "postgresql")], ["native", createPostgresBackend(client)]] as const) {
      const engine = createExploreEngine(backend);
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const text of QUERIES) {
          const parsed = parseExploreQuery(new URLSearchParams(text));
          if (!parsed.ok) throw new Error(text);
          const t = performance.now();
          const r = await engine.explore(parsed.query);
          if (round > 0) times.push(performance.now() - t);
          if (round === 0 && label === "native") console.log(`${text.padEnd(40)} total ${r.total}`);
        }
      }
      times.sort((a, b) => a - b);
      figures[`${label}P50Ms`] = Math.round(times[Math.floor(times.length * 0.5)]);
      figures[`${label}P95Ms`] = Math.round(times[Math.floor(times.length * 0.95)]);
    }
    console.log(JSON.stringify({ bench: "pg-search-compare", size, ...figures, target: "native p95 below portable p95", met: figures.nativeP95Ms < figures.portableP95Ms }));
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    lite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
void main();
