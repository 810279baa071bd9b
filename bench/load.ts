// `npm run bench:load`: the app as deployed (next start), 50 connections for 30 s on the explorer page and the
// read API with mixed filters and searches (zh and en), while 5 writers save edits through the admin JSON API
// (PUT /api/admin/entries/use-cases/{id}), on SQLite and then on PostgreSQL (a private cluster). It prints req/s,
// p50/p95/p99 latency, errors and non-2xx counts per provider, counts SQLITE_BUSY in the server log, and checks
// that every acknowledged save is in the database afterwards. Target: 0 errors, 0 SQLITE_BUSY, 0 lost writes.
// Knobs: BENCH_DURATION (s, default 30), BENCH_CONNECTIONS (50), BENCH_WRITERS (5), BENCH_PROVIDERS
// ("sqlite,postgresql"), BENCH_PORT, NEXT_DIST_DIR (SQLite build, default .next), BENCH_PG_DIST_DIR (PostgreSQL
// build, default .next-pg). A missing build is made; the PostgreSQL client is generated for its phase and the
// SQLite client restored afterwards.
//
// BENCH_MODE=import (issue 18, item 5): public pages while an admin imports the largest file the import accepts
// (bench/lib/largest-import.ts: the seeded catalog plus generated use cases, MAX_CATALOG_ITEMS entries, just under
// MAX_CATALOG_BYTES). BENCH_IMPORT_READERS (default 10) readers ask for public pages (home, explorer, use cases,
// domains, the API) for BENCH_WARMUP (5) s not counted (a fresh server's code is not optimized yet), then for
// BENCH_BASELINE (10) s without an import, then during the admin's dry run and apply (the
// page's two requests) and BENCH_AFTER (5) s after it. It reports the import's own durations and p50/p95/p99 of the
// pages in each window. Target: p99 ≤ 250 ms during the import, on each provider; the import committed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { build, buildNeeded, ensureClient } from "../scripts/lib/build.mjs";
import { createEditor, lostWrites, runWriter, signIn, idsOfUseCases, type WriterStats } from "./lib/admin-api";
import { startAppProcess } from "./lib/app-process";
import { runImportPhase } from "./lib/import-load";
import { withPostgres } from "./lib/pg-phase";

const ROOT = path.resolve(__dirname, "..");
const DURATION_S = Number(process.env.BENCH_DURATION ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WRITER_COUNT = Number(process.env.BENCH_WRITERS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3820);
const PROVIDERS = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",").map((s) => s.trim()) as Array<"sqlite" | "postgresql">;
const SQLITE_DIST = process.env.NEXT_DIST_DIR || ".next";
const PG_DIST = process.env.BENCH_PG_DIST_DIR || ".next-pg";
const EMAIL = "load-writer@example.org";
const PASSWORD = "load writer passphrase, long enough";
/** Use cases the writers edit (one each), spread over the domains. */
const WRITER_SLUGS = ["adaptive-learning-platforms", "drug-discovery", "quantitative-trading", "cargo-tracking", "intelligent-scheduling", "medical-image-analysis", "learning-process-monitoring", "risk-control"];

const PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/** Readers' mix: the explorer page and the API, with filters and literal searches in both languages. */
const READ_PATHS = [
  "/en/explore",
  "/zh/explore?domain=education&technique=nlp",
  "/en/explore?q=learning&sort=relevance",
  "/zh/explore?q=%E5%AD%A6%E4%B9%A0",
  "/en/explore?technique=computer-vision&technique=deep-learning&domain=healthcare&basis=article",
  "/zh/explore?challenge=data-privacy-security&page=2&pageSize=6",
  "/api/v1/use-cases",
  "/api/v1/use-cases?locale=zh&q=%E6%99%BA%E8%83%BD",
  "/api/v1/use-cases?q=risk&domain=finance",
  "/api/v1/use-cases?technique=nlp&technique=regression&mechanism=data-sharing&sort=updated",
  "/api/v1/use-cases?locale=zh&domain=logistics&challenge=interpretability&pageSize=5",
  "/api/v1/use-cases?q=%22deep+learning%22&basis=editorial&locale=en",
];

interface ProviderFigures {
  rps: number;
  requests: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  saves: number;
  save_p50_ms: number;
  save_p95_ms: number;
  save_conflicts: number;
  save_failures: number;
  save_network_errors: number;
  lost_writes: number;
  sqlite_busy: number;
  server_5xx_log_lines: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
}

function prepareBuild(provider: "sqlite" | "postgresql", distDir: string): void {
  process.env.NEXT_DIST_DIR = distDir;
  ensureClient(provider, { force: provider === "postgresql" });
  if (buildNeeded(provider)) {
    console.log(`building ${distDir} for ${provider}…`);
    build(provider);
  }
}

async function runProvider(provider: "sqlite" | "postgresql", databaseUrl: string): Promise<ProviderFigures> {
  const server = await startAppProcess({ port: PORT, databaseUrl, mode: "fresh" });
  try {
    createEditor(databaseUrl, EMAIL, PASSWORD);
    const cookie = await signIn(server.url, EMAIL, PASSWORD);
    const ids = await idsOfUseCases(databaseUrl, WRITER_SLUGS.slice(0, WRITER_COUNT));
    for (const p of READ_PATHS) {
      const res = await fetch(server.url + p, { headers: { "accept-language": "en", accept: p.startsWith("/api/") ? "application/json" : PAGE_ACCEPT } }); // warm-up
      if (!res.ok) console.warn(`warm-up ${p}: ${res.status}`);
    }

    let stop = false;
    const writers: Array<Promise<WriterStats>> = ids.map((id, i) =>
      runWriter({ baseUrl: server.url, cookie, segment: "use-cases", id, label: `load w${i}`, stop: () => stop }),
    );
    const latencies: number[] = [];
    const job = autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { "accept-language": "en" },
      // As browsers and API clients ask (a page load asks for HTML, which the explorer's page cache answers).
      requests: READ_PATHS.map((p) => ({ method: "GET", path: p, headers: { "accept-language": "en", accept: p.startsWith("/api/") ? "application/json" : PAGE_ACCEPT } })),
    });
    job.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    const result = await job;
    stop = true;
    const stats = await Promise.all(writers);

    const acks = stats.flatMap((s) => s.acks);
    const lost = await lostWrites(databaseUrl, acks);
    const log = server.output();
    // Kept for inspection: the error lines above are only the first line of each error.
    fs.writeFileSync(path.join(ROOT, "data", `bench-load-${provider}.log`), log);
    latencies.sort((a, b) => a - b);
    const saveLatencies = stats.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
    const figures: ProviderFigures = {
      rps: Math.round(result.requests.average),
      requests: result.requests.total,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      p99_ms: percentile(latencies, 99),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      saves: acks.length,
      save_p50_ms: percentile(saveLatencies, 50),
      save_p95_ms: percentile(saveLatencies, 95),
      save_conflicts: stats.reduce((n, s) => n + s.conflicts, 0),
      save_failures: stats.reduce((n, s) => n + Object.values(s.failures).reduce((a, b) => a + b, 0), 0),
      save_network_errors: stats.reduce((n, s) => n + s.networkErrors, 0),
      lost_writes: lost.length,
      sqlite_busy: (log.match(/SQLITE_BUSY|database is locked/gi) ?? []).length,
      server_5xx_log_lines: (log.match(/⨯|Error:/g) ?? []).length,
    };
    const failures = stats.map((s) => s.failures).filter((f) => Object.keys(f).length > 0);
    if (failures.length > 0) console.log(`${provider}: writer failures by status: ${JSON.stringify(failures)}`);
    if (lost.length > 0) console.log(`${provider}: lost writes: ${JSON.stringify(lost.slice(0, 5))}`);
    if (figures.server_5xx_log_lines > 0) console.log(`${provider}: server log errors (last lines):\n${log.split("\n").filter((l) => /⨯|Error/.test(l)).slice(-5).join("\n")}`);
    console.log(
      `${provider.padEnd(10)} reads ${figures.rps} req/s (${figures.requests} in ${DURATION_S} s, ${CONNECTIONS} connections)  ` +
        `p50 ${figures.p50_ms} ms  p95 ${figures.p95_ms} ms  p99 ${figures.p99_ms} ms  errors ${figures.errors}  timeouts ${figures.timeouts}  non-2xx ${figures.non2xx}\n` +
        `${"".padEnd(10)} saves ${figures.saves} by ${ids.length} writers (p50 ${figures.save_p50_ms} ms, p95 ${figures.save_p95_ms} ms)  conflicts ${figures.save_conflicts}  ` +
        `failed ${figures.save_failures}  no response ${figures.save_network_errors}  lost ${figures.lost_writes}  SQLITE_BUSY ${figures.sqlite_busy}`,
    );
    return figures;
  } finally {
    await server.kill("SIGTERM");
  }
}

function clean(f: ProviderFigures): boolean {
  return f.errors === 0 && f.timeouts === 0 && f.non2xx === 0 && f.save_failures === 0 && f.save_network_errors === 0 && f.lost_writes === 0 && f.sqlite_busy === 0 && f.saves > 0;
}

const MODE = process.env.BENCH_MODE ?? "writers";

async function main(): Promise<void> {
  if (MODE === "import") return importMain();
  if (MODE !== "writers") throw new Error(`BENCH_MODE must be "writers" or "import", not "${MODE}"`);
  const out: Record<string, number | string> = { duration_s: DURATION_S, connections: CONNECTIONS, writers: WRITER_COUNT };
  const results: ProviderFigures[] = [];
  if (PROVIDERS.includes("sqlite")) {
    const url = `file:./data/bench-load-${PORT}.db`;
    process.env.DATABASE_URL = url;
    prepareBuild("sqlite", SQLITE_DIST);
    const f = await runProvider("sqlite", url);
    results.push(f);
    for (const [k, v] of Object.entries(f)) out[`sqlite_${k}`] = v;
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(ROOT, "data", `bench-load-${PORT}.db${suffix}`), { force: true });
  }
  if (PROVIDERS.includes("postgresql")) {
    // The worktree's generated client goes back to SQLite afterwards, whatever happened.
    const ran = await withPostgres({ databases: ["atlas"] }, async (cluster) => {
      prepareBuild("postgresql", PG_DIST);
      const f = await runProvider("postgresql", cluster.url("bench_load"));
      results.push(f);
      for (const [k, v] of Object.entries(f)) out[`pg_${k}`] = v;
    });
    if (ran === null) {
      console.warn("⚠ SKIPPED PostgreSQL: no PostgreSQL binaries here, and not root to install them.");
      out.pg = "skipped";
    }
  }
  const met = results.length === PROVIDERS.length && results.every(clean);
  console.log(JSON.stringify({ bench: "load", ...out, target: "0 errors, 0 SQLITE_BUSY, 0 lost writes", met }));
}

/** BENCH_MODE=import: each provider's import phase (bench/lib/import-load.ts), then one JSON line. */
async function importMain(): Promise<void> {
  const out: Record<string, unknown> = { mode: "import", cpus: os.cpus().length };
  const met: boolean[] = [];
  const run = async (provider: "sqlite" | "postgresql", appUrl: string) => {
    const server = await startAppProcess({ port: PORT, databaseUrl: appUrl, mode: "fresh" });
    try {
      const f = await runImportPhase({ provider, server, databaseUrl: appUrl });
      out[provider] = f;
      met.push(f.met);
    } finally {
      await server.kill("SIGTERM");
    }
  };
  if (PROVIDERS.includes("sqlite")) {
    const url = `file:./data/bench-load-${PORT}.db`;
    process.env.DATABASE_URL = url;
    prepareBuild("sqlite", SQLITE_DIST);
    try {
      await run("sqlite", url);
    } finally {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(ROOT, "data", `bench-load-${PORT}.db${suffix}`), { force: true });
    }
  }
  if (PROVIDERS.includes("postgresql")) {
    const ran = await withPostgres({ databases: ["atlas"] }, async (cluster) => {
      prepareBuild("postgresql", PG_DIST);
      await run("postgresql", cluster.url("bench_load"));
    });
    if (ran === null) {
      console.warn("⚠ SKIPPED PostgreSQL: no PostgreSQL binaries here, and not root to install them.");
      out.postgresql = "skipped";
      met.push(false);
    }
  }
  console.log(JSON.stringify({ bench: "load", ...out, target: "public page p99 <= 250 ms while the largest allowed file is imported (and it commits), on every provider", met: met.length === PROVIDERS.length && met.every(Boolean) }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
