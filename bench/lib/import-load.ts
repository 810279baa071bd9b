// bench:load's import phase (BENCH_MODE=import): public pages while an admin imports the largest allowed catalog
// file. Readers (autocannon) ask for public pages the whole time; each response is put in the window it completed in:
// "warm-up" (BENCH_WARMUP s, not counted: a fresh server's first thousands of requests run code V8 has not optimized
// yet, which made the baseline slower than the import window), "baseline" (before the import), "import" (from the dry run's request to the apply's response: what an admin does
// on the import page) and "after" (the seconds after the commit, when every cache refills under the new version).
import os from "node:os";
import autocannon from "autocannon";
import { createEditor, signIn } from "./admin-api";
import type { AppProcess } from "./app-process";
import { largestImport } from "./largest-import";

const READERS = Number(process.env.BENCH_IMPORT_READERS ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 5);
const BASELINE_S = Number(process.env.BENCH_BASELINE ?? 10);
const AFTER_S = Number(process.env.BENCH_AFTER ?? 5);
export const IMPORT_TARGET_P99_MS = 250;
const EMAIL = "load-importer@example.org";
const PASSWORD = "load importer passphrase, long enough";
const PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/** Public pages people read: home, explorer (filters, searches), use cases, domains, techniques, the API. */
const PUBLIC_PATHS = [
  "/en",
  "/zh",
  "/en/explore",
  "/zh/explore?domain=education&technique=nlp",
  "/en/explore?q=learning&sort=relevance",
  "/en/use-cases/medical-image-analysis",
  "/zh/use-cases/risk-control",
  "/en/use-cases/cargo-tracking",
  "/en/domains/healthcare",
  "/zh/domains",
  "/en/techniques/nlp",
  "/en/fusion-map",
  "/api/v1/use-cases?q=risk&domain=finance",
  "/api/v1/use-cases/drug-discovery",
];

export interface WindowFigures {
  requests: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  non2xx: number;
}

export interface ImportFigures {
  file_bytes: number;
  file_items: number;
  added_use_cases: number;
  dry_run_ms: number;
  apply_ms: number;
  import_ms: number;
  committed: boolean;
  readers: number;
  baseline: WindowFigures;
  during: WindowFigures;
  after: WindowFigures;
  errors: number;
  /** Responses in the warm-up seconds before the baseline (not counted in any window). */
  warmup_requests: number;
  load_avg: number;
  met: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

function windowOf(samples: Array<{ ms: number; status: number }>): WindowFigures {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    requests: samples.length,
    p50_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
    p99_ms: percentile(sorted, 99),
    max_ms: Math.round(sorted[sorted.length - 1] ?? 0),
    non2xx: samples.filter((s) => s.status < 200 || s.status >= 300).length,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A GET, sent again once if the connection was closed under it: the server closes a keep-alive connection left idle
 * for a few seconds (Node's keepAliveTimeout), and fetch may pick that connection just as it closes (building the
 * file takes seconds on a busy machine).
 */
async function getOnce(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch {
    return fetch(url, { headers });
  }
}

export async function runImportPhase(options: { provider: string; server: AppProcess; databaseUrl: string }): Promise<ImportFigures> {
  const { server, provider } = options;
  createEditor(options.databaseUrl, EMAIL, PASSWORD, "admin");
  const cookie = await signIn(server.url, EMAIL, PASSWORD);
  const exported = await fetch(`${server.url}/api/admin/export`, { headers: { cookie } });
  if (exported.status !== 200) throw new Error(`export: ${exported.status}`);
  const file = largestImport(await exported.text());
  console.log(`${provider}: largest import file: ${file.bytes.toLocaleString("en")} bytes, ${file.items} entries (${file.addedUseCases} new use cases)`);
  for (const p of PUBLIC_PATHS) {
    const res = await getOnce(server.url + p, { "accept-language": "en", accept: p.startsWith("/api/") ? "application/json" : PAGE_ACCEPT });
    if (!res.ok) throw new Error(`warm-up ${p}: ${res.status}`);
  }

  type Phase = "warmup" | "baseline" | "import" | "after" | "done";
  let phase: Phase = "warmup";
  const samples: Record<Exclude<Phase, "done">, Array<{ ms: number; status: number }>> = { warmup: [], baseline: [], import: [], after: [] };
  const job = autocannon({
    url: server.url,
    connections: READERS,
    duration: 3_600,
    requests: PUBLIC_PATHS.map((p) => ({ method: "GET", path: p, headers: { "accept-language": "en", accept: p.startsWith("/api/") ? "application/json" : PAGE_ACCEPT } })),
  });
  job.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (phase !== "done") samples[phase].push({ ms: responseTime, status });
  });
  await sleep(WARMUP_S * 1000);
  phase = "baseline";
  const loadBefore = os.loadavg()[0];

  await sleep(BASELINE_S * 1000);
  phase = "import";
  const headers = { cookie, "content-type": "application/json", origin: server.url };
  const started = performance.now();
  const dry = await fetch(`${server.url}/api/admin/import?mode=dry-run`, { method: "POST", headers, body: file.text });
  const dryText = await dry.text();
  const dryReport = parseJson(dryText) as { ok?: boolean; sha256?: string; issues?: unknown[] };
  const dryMs = performance.now() - started;
  if (dry.status !== 200 || !dryReport.ok) {
    job.stop();
    throw new Error(`dry run: ${dry.status} ${dryText.slice(0, 600)}`);
  }
  const applyStarted = performance.now();
  const apply = await fetch(`${server.url}/api/admin/import?mode=apply&sha256=${dryReport.sha256}`, { method: "POST", headers, body: file.text });
  const applyText = await apply.text();
  const applyReport = parseJson(applyText) as { ok?: boolean; counts?: unknown };
  const applyMs = performance.now() - applyStarted;
  phase = "after";
  await sleep(AFTER_S * 1000);
  phase = "done";
  job.stop();
  const result = await job;
  const loadAfter = os.loadavg()[0];

  // Committed: the last added use case is public now.
  const lastSlug = `bench-import-${String(file.addedUseCases).padStart(4, "0")}`;
  const check = await getOnce(`${server.url}/api/v1/use-cases/${lastSlug}`, {});
  const committed = apply.status === 200 && applyReport.ok === true && check.status === 200;
  const figures: ImportFigures = {
    file_bytes: file.bytes,
    file_items: file.items,
    added_use_cases: file.addedUseCases,
    dry_run_ms: Math.round(dryMs),
    apply_ms: Math.round(applyMs),
    import_ms: Math.round(dryMs + applyMs),
    committed,
    readers: READERS,
    baseline: windowOf(samples.baseline),
    during: windowOf(samples.import),
    after: windowOf(samples.after),
    errors: result.errors + result.timeouts,
    warmup_requests: samples.warmup.length,
    load_avg: Math.round(Math.max(loadBefore, loadAfter) * 100) / 100,
    met: false,
  };
  figures.met = committed && figures.errors === 0 && figures.during.non2xx === 0 && figures.during.requests > 0 && figures.during.p99_ms <= IMPORT_TARGET_P99_MS;
  const line = (name: string, w: WindowFigures) =>
    `  ${name.padEnd(9)} ${String(w.requests).padStart(6)} requests  p50 ${w.p50_ms} ms  p95 ${w.p95_ms} ms  p99 ${w.p99_ms} ms  max ${w.max_ms} ms  non-2xx ${w.non2xx}`;
  console.log(
    `${provider}: import of ${file.items} entries (${(file.bytes / 1e6).toFixed(2)} MB): dry run ${figures.dry_run_ms} ms, apply ${figures.apply_ms} ms` +
      ` (${apply.status}${committed ? ", committed" : `, NOT committed: ${applyText.slice(0, 300)}`}); ${READERS} readers, after ${WARMUP_S} s of warm-up (${figures.warmup_requests} requests)\n` +
      `${line("baseline", figures.baseline)}\n${line("import", figures.during)}\n${line("after", figures.after)}\n` +
      `  errors ${figures.errors}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${os.cpus().length} CPUs; ` +
      `target p99 during the import <= ${IMPORT_TARGET_P99_MS} ms: ${figures.met ? "met" : "NOT met"}`,
  );
  return figures;
}
