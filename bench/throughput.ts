// `npm run bench:throughput`: requests per second of the app as deployed (next start, caches on), on the explorer
// (one repeated URL, and a rotating set of distinct filter/search queries), the home page, a use-case page and the API
// list endpoint, each against the static reference page of the same server and against the ceiling, a bare Next.js
// app of the same version (bench/bare-next: one static page, no proxy), in the same run. Every single-URL target is
// measured in alternating rounds (BENCH_ROUNDS, of BENCH_DURATION / BENCH_ROUNDS seconds each) so that the machine's
// load weighs on all of them alike; the distinct-query explorer runs last, alone. Also measured, unless
// BENCH_PROXY_COST=0: the reference page of the same app built without its proxy (bench/lib/no-proxy-copy.ts), which
// is what the proxy costs per request. Reports the server's peak RSS over the run (sampled every 100 ms, and the
// kernel's high-water mark VmHWM) and the load average, and, beside req/s, each target's server CPU time per request
// and the ratios by it (reported, not gated: other processes' load weighs on them far less than on req/s).
// The stored pages and cached explorer queries are answered by the request lane (lib/server/page-store-lane.ts)
// before Next.js's request handling; PAGE_STORE_LANE=off in this process's environment measures the app without it
// (the proxy then answers them, as before issue 18's lane).
// Targets: the in-app reference >= 0.7 of the bare page; every public page (cached: home, explorer repeated URL,
// use case) >= 0.5 of the bare page; the explorer, use-case and API ratios >= 0.5 of the reference (the distinct-query
// ratio is reported, not gated); no errors, timeouts or non-2xx answers on any target; peak RSS <= 300 MB.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { rssMb, startAppServer, type AppServer } from "./lib/app-server";
import { buildBareNext, startBareNext, type BareServer } from "./lib/bare-next";
import { prepareNoProxyCopy } from "./lib/no-proxy-copy";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RSS_LIMIT_MB = 300;
/** Alternating rounds of every single-URL target (the bare page and the reference among them); each DURATION_S / ROUNDS. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PROXY_COST = process.env.BENCH_PROXY_COST !== "0";
const REFERENCE_VS_BARE = 0.7;
const PAGE_VS_BARE = 0.5;
const VS_REFERENCE = 0.5;

// Requested as browsers and API clients do (a page load asks for HTML; the explorer's page cache answers only those).
const PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

interface Target {
  name: string;
  accept: string;
  /** One path, requested over and over; or several, handed out in turn across all connections. */
  paths: string[];
}

/**
 * Distinct explorer queries: every domain pair × each technique × two sorts, and searches. More than a run sends to
 * any one of them at the start, so the first round is all page-cache misses (the realistic mix of new and repeated
 * URLs), unlike the single repeated URL that the cache answers after its first request.
 */
async function distinctExplorerPaths(base: string): Promise<string[]> {
  const slugs = async (path: string) => ((await (await fetch(base + path)).json()) as { items: Array<{ slug: string }> }).items.map((i) => i.slug);
  const domains = await slugs("/api/v1/domains?locale=en");
  const techniques = await slugs("/api/v1/techniques?locale=en");
  if (domains.length < 2 || techniques.length < 5) throw new Error(`too few facet values: ${domains.length} domains, ${techniques.length} techniques`);
  const paths: string[] = [];
  for (const [i, a] of domains.entries()) {
    for (const b of domains.slice(i + 1)) {
      for (const t of techniques) for (const sort of ["relevance", "title"]) paths.push(`/en/explore?domain=${a}&domain=${b}&technique=${t}&sort=${sort}`);
    }
  }
  for (const q of ["learning", "model", "risk", "image", "route", "data", "patient", "trading", "医疗", "学习"]) {
    for (const d of domains) paths.push(`/en/explore?q=${encodeURIComponent(q)}&domain=${d}`);
  }
  return paths;
}

type Measured = { rps: number; p99: number; non2xx: number; errors: number; timeouts: number; requests: number };

async function measure(base: string, target: Target, duration: number): Promise<Measured> {
  let next = 0;
  const headers = { "accept-language": "en", accept: target.accept };
  const options =
    target.paths.length === 1
      ? { url: base + target.paths[0], connections: CONNECTIONS, duration, headers }
      : {
          url: base,
          connections: CONNECTIONS,
          duration,
          headers,
          requests: [{ method: "GET", setupRequest: (request: { path?: string }) => ({ ...request, path: target.paths[next++ % target.paths.length] }) }],
        };
  const result = await autocannon(options);
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    requests: result.requests.total,
  };
}

/** The server process tree's memory: VmRSS now (summed), and the largest VmHWM (a process's peak RSS). */
function memory(pid: number): { rss: number; hwm: number } {
  let hwm = 0;
  const visit = (p: number) => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) hwm = Math.max(hwm, Number(m[1]) / 1024);
      for (const k of fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(k));
    } catch {
      // gone
    }
  };
  visit(pid);
  return { rss: rssMb(pid), hwm: Math.round(hwm) };
}

/**
 * CPU seconds (user + system) used so far by a process and its children. The server's CPU time per request is a
 * figure the machine's other load weighs on far less than req/s, which it takes from whichever target runs then.
 */
function cpuSeconds(pid: number): number {
  let ticks = 0;
  const visit = (p: number) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
      for (const k of fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(k));
    } catch {
      // gone
    }
  };
  visit(pid);
  return ticks / 100; // USER_HZ
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

function record(figures: Record<string, number>, failures: string[], name: string, m: Measured, what: string): void {
  figures[`${name}_rps`] = m.rps;
  figures[`${name}_p99_ms`] = m.p99;
  // autocannon counts a timeout as an error too.
  const bad = m.non2xx + m.errors;
  figures[`${name}_failures`] = bad;
  if (bad > 0) failures.push(`${name}: ${m.non2xx} non-2xx, ${m.errors} errors (${m.timeouts} of them timeouts)`);
  console.log(`${name.padEnd(19)} ${String(m.rps).padStart(6)} req/s  p99 ${m.p99} ms  ${m.requests} requests  non-2xx ${m.non2xx}  errors ${m.errors} (timeouts ${m.timeouts})  ${what}  [load ${load()}]`);
}

/** Several measurements of one target taken as one: requests and failures summed, req/s averaged, the worst p99. */
function pooled(parts: Measured[]): Measured {
  const sum = (k: keyof Measured) => parts.reduce((a, m) => a + m[k], 0);
  return {
    rps: Math.round(sum("rps") / parts.length),
    p99: Math.max(...parts.map((m) => m.p99)),
    non2xx: sum("non2xx"),
    errors: sum("errors"),
    timeouts: sum("timeouts"),
    requests: sum("requests"),
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 3810);
  console.log(`load average at the start: ${load()} (${os.cpus().length} CPUs)`);
  const bareDir = buildBareNext();
  const noProxyDir = PROXY_COST ? prepareNoProxyCopy() : null;
  const server = await startAppServer({ port });
  const figures: Record<string, number> = {};
  const failures: string[] = [];
  let bare: BareServer | undefined;
  let noProxy: AppServer | undefined;
  let peakSampled = 0;
  let sampler: NodeJS.Timeout | undefined;
  try {
    bare = await startBareNext(bareDir, port + 1);
    if (noProxyDir) {
      // The same database as the app's (already migrated and seeded by it), read only; its first start builds it.
      const databaseUrl = `file:${path.resolve("data", `bench-${port}.db`)}`;
      noProxy = await startAppServer({ port: port + 2, root: noProxyDir, databaseUrl, env: { E2E_SHARE_DATABASE: "1", SKIP_BUILD_TYPECHECK: "1" } });
    }
    const pid = server.serverPid();
    if (!pid) throw new Error("no next-server process to measure");
    sampler = setInterval(() => (peakSampled = Math.max(peakSampled, memory(pid).rss)), 100);

    // Every single-URL target, the ceiling and the reference (and the reference without the proxy) included, in
    // alternating rounds: a burst of load from elsewhere on the machine weighs on all of them alike.
    const page = (name: string, path: string): Target => ({ name, paths: [path], accept: PAGE });
    const app = { url: server.url, pid: () => server.serverPid() };
    const ceiling = { url: bare.url, pid: () => bare?.pid() ?? null };
    const rounds: Array<{ url: string; pid: () => number | null; target: Target }> = [
      { ...ceiling, target: page("bare", "/") },
      { ...app, target: page("reference", "/en/reference-page") },
      ...(noProxy ? [{ url: noProxy.url, pid: () => noProxy?.serverPid() ?? null, target: page("reference_no_proxy", "/en/reference-page") }] : []),
      { ...app, target: page("home", "/en") },
      { ...app, target: page("explorer", "/en/explore?technique=nlp&technique=computer-vision&domain=education&domain=healthcare") },
      { ...app, target: page("use_case", "/en/use-cases/medical-image-analysis") },
      { ...app, target: { name: "api_list", paths: ["/api/v1/use-cases?technique=nlp&pageSize=24"], accept: "application/json" } },
    ];
    for (const r of rounds) await measure(r.url, r.target, 2); // warm-up
    const parts = new Map<string, Measured[]>(rounds.map((r) => [r.target.name, []]));
    const roundS = Math.max(1, Math.round(DURATION_S / ROUNDS));
    const cpu = new Map<string, number>(rounds.map((r) => [r.target.name, 0]));
    for (let i = 0; i < ROUNDS; i++) {
      for (const r of rounds) {
        const serving = r.pid();
        const before = serving ? cpuSeconds(serving) : 0;
        parts.get(r.target.name)?.push(await measure(r.url, r.target, roundS));
        cpu.set(r.target.name, (cpu.get(r.target.name) ?? 0) + (serving ? cpuSeconds(serving) - before : 0));
      }
    }
    // The serving process's CPU time per request answered, in µs (reported, not gated).
    for (const r of rounds) {
      const answered = (parts.get(r.target.name) ?? []).reduce((a, m) => a + m.requests, 0);
      if (answered > 0) figures[`${r.target.name}_cpu_us_per_request`] = Math.round(((cpu.get(r.target.name) ?? 0) / answered) * 1e6);
    }
    for (const r of rounds) record(figures, failures, r.target.name, pooled(parts.get(r.target.name) ?? []), `${r.target.paths[0]} (${ROUNDS} rounds of ${roundS} s)`);
    if (noProxy) await noProxy.stop();
    noProxy = undefined;

    // Last, alone: renders that miss every cache can leave the server a backlog that would slow the next target down.
    // Warm-up on the first path only: the distinct set stays unseen until its measured run.
    const distinct: Target = { name: "explorer_distinct", paths: await distinctExplorerPaths(server.url), accept: PAGE };
    await measure(server.url, { ...distinct, paths: [distinct.paths[0] as string] }, 2);
    record(figures, failures, distinct.name, await measure(server.url, distinct, DURATION_S), `${distinct.paths.length} distinct URLs in turn`);
    const mem = memory(pid);
    figures.rss_after_mb = mem.rss;
    figures.rss_peak_sampled_mb = Math.max(peakSampled, mem.rss);
    figures.rss_hwm_mb = mem.hwm;
    const barePid = bare.pid();
    if (barePid) figures.bare_rss_mb = memory(barePid).rss;
  } finally {
    if (sampler) clearInterval(sampler);
    await Promise.all([server.stop(), bare?.stop(), noProxy?.stop()]);
  }
  // A dead reference or ceiling (0 req/s, or failing) makes its ratios meaningless: it fails the run instead.
  const ref = figures.reference_rps ?? 0;
  const ceil = figures.bare_rps ?? 0;
  const ratio = (name: string, to: number) => (to > 0 ? +((figures[`${name}_rps`] ?? 0) / to).toFixed(2) : 0);
  // Every page as a share of the reference and of the bare page. Gated: the pages as served to repeat visitors (the
  // caches on); the distinct-query explorer is reported beside them (every one of its requests is a full render that
  // no cache can answer), but its errors and timeouts fail the run like any other's.
  const ratios: Record<string, number> = {};
  for (const name of ["home", "explorer", "use_case", "api_list", "explorer_distinct"]) ratios[`${name}_ratio`] = ratio(name, ref);
  for (const name of ["reference", "home", "explorer", "use_case", "api_list", "explorer_distinct"]) ratios[`${name}_vs_bare`] = ratio(name, ceil);
  // The same ratios by the server's CPU time per request: the bare page's CPU time over the page's.
  const bareCpu = figures.bare_cpu_us_per_request ?? 0;
  for (const name of ["reference", "reference_no_proxy", "home", "explorer", "use_case", "api_list"]) {
    const own = figures[`${name}_cpu_us_per_request`];
    if (own && bareCpu > 0) ratios[`${name}_vs_bare_cpu`] = +(bareCpu / own).toFixed(2);
  }
  if (figures.reference_no_proxy_rps !== undefined) {
    ratios.reference_no_proxy_vs_bare = ratio("reference_no_proxy", ceil);
    ratios.reference_with_proxy_vs_without = ratio("reference", figures.reference_no_proxy_rps);
    // What the proxy adds to one request's CPU time on this server, from the two rates: 1/with - 1/without.
    if (ref > 0 && figures.reference_no_proxy_rps > 0) figures.proxy_cost_us_per_request = Math.round(1e6 / ref - 1e6 / figures.reference_no_proxy_rps);
  }
  const gates: Array<[string, number, number]> = [
    ["reference_vs_bare", ratios.reference_vs_bare ?? 0, REFERENCE_VS_BARE],
    ...(["home", "explorer", "use_case"] as const).map((n): [string, number, number] => [`${n}_vs_bare`, ratios[`${n}_vs_bare`] ?? 0, PAGE_VS_BARE]),
    ...(["explorer", "use_case", "api_list"] as const).map((n): [string, number, number] => [`${n}_ratio`, ratios[`${n}_ratio`] ?? 0, VS_REFERENCE]),
  ];
  const missed = gates.filter(([, value, min]) => value < min).map(([name, value, min]) => `${name} ${value} < ${min}`);
  const peak = Math.max(figures.rss_peak_sampled_mb ?? 0, figures.rss_hwm_mb ?? 0);
  console.log(`RSS: ${figures.rss_after_mb} MB after the run; peak ${figures.rss_peak_sampled_mb} MB sampled, VmHWM ${figures.rss_hwm_mb} MB (bare app: ${figures.bare_rss_mb} MB)`);
  console.log(`ratios: ${Object.entries(ratios).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`server CPU time per request: ${Object.entries(figures).filter(([k]) => k.endsWith("_cpu_us_per_request")).map(([k, v]) => `${k.replace("_cpu_us_per_request", "")} ${v} µs`).join(", ")}`);
  if (figures.proxy_cost_us_per_request !== undefined) console.log(`the proxy: ${figures.reference_rps} req/s with it, ${figures.reference_no_proxy_rps} without (${figures.proxy_cost_us_per_request} µs per request)`);
  if (missed.length) console.log(`BELOW TARGET: ${missed.join("; ")}`);
  if (failures.length) console.log(`FAILED REQUESTS: ${failures.join("; ")}`);
  if (ref <= 0 || ceil <= 0) console.log("The reference page or the bare page served nothing: no ratio can be computed.");
  const loadAvg = os.loadavg();
  console.log(`load average at the end: ${load()}`);
  const met = ref > 0 && ceil > 0 && failures.length === 0 && missed.length === 0 && peak > 0 && peak <= RSS_LIMIT_MB;
  console.log(
    JSON.stringify({
      bench: "throughput",
      ...figures,
      ...ratios,
      rss_peak_mb: peak,
      load_avg_1m: +(loadAvg[0] ?? 0).toFixed(2),
      load_avg_5m: +(loadAvg[1] ?? 0).toFixed(2),
      cpus: os.cpus().length,
      target: `reference >= ${REFERENCE_VS_BARE}x a bare Next.js static page; home, explorer and use_case (cached) >= ${PAGE_VS_BARE}x the bare page; explorer, use_case and api_list >= ${VS_REFERENCE}x the live reference page (explorer_distinct reported); zero errors, timeouts and non-2xx on every target; peak rss <= ${RSS_LIMIT_MB} MB`,
      met,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
