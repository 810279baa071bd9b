// `npm run bench:throughput`: requests per second of the app as deployed (next start, caches on), on the explorer
// (one repeated URL, and a rotating set of distinct filter/search queries), a use-case page and the API list
// endpoint, each against the static reference page of the same server in the same run. Also reports the server's
// peak RSS over the run (sampled every 100 ms, and the kernel's high-water mark VmHWM).
// Target: the explorer (repeated URL), use-case and API ratios >= 0.5 of a live reference (the distinct-query ratio is
// reported, not gated), no errors, timeouts or non-2xx answers on any target, peak RSS <= 300 MB.
import fs from "node:fs";
import autocannon from "autocannon";
import { rssMb, startAppServer } from "./lib/app-server";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RSS_LIMIT_MB = 300;

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

async function main(): Promise<void> {
  const server = await startAppServer({ port: Number(process.env.BENCH_PORT ?? 3810) });
  const figures: Record<string, number> = {};
  const failures: string[] = [];
  let peakSampled = 0;
  let sampler: NodeJS.Timeout | undefined;
  try {
    const pid = server.serverPid();
    if (!pid) throw new Error("no next-server process to measure");
    sampler = setInterval(() => (peakSampled = Math.max(peakSampled, memory(pid).rss)), 100);
    const targets: Target[] = [
      { name: "reference", paths: ["/en/reference-page"], accept: PAGE },
      { name: "explorer", paths: ["/en/explore?technique=nlp&technique=computer-vision&domain=education&domain=healthcare"], accept: PAGE },
      { name: "use_case", paths: ["/en/use-cases/medical-image-analysis"], accept: PAGE },
      { name: "api_list", paths: ["/api/v1/use-cases?technique=nlp&pageSize=24"], accept: "application/json" },
      // Last: renders that miss every cache can leave the server a backlog that would slow the next target down.
      { name: "explorer_distinct", paths: await distinctExplorerPaths(server.url), accept: PAGE },
    ];
    for (const t of targets) {
      // Warm-up on the first path only: the distinct set stays unseen until its measured run.
      await measure(server.url, { ...t, paths: [t.paths[0] as string] }, 2);
      const m = await measure(server.url, t, DURATION_S);
      figures[`${t.name}_rps`] = m.rps;
      figures[`${t.name}_p99_ms`] = m.p99;
      // autocannon counts a timeout as an error too.
      const bad = m.non2xx + m.errors;
      figures[`${t.name}_failures`] = bad;
      if (bad > 0) failures.push(`${t.name}: ${m.non2xx} non-2xx, ${m.errors} errors (${m.timeouts} of them timeouts)`);
      const what = t.paths.length === 1 ? t.paths[0] : `${t.paths.length} distinct URLs in turn`;
      console.log(`${t.name.padEnd(17)} ${String(m.rps).padStart(6)} req/s  p99 ${m.p99} ms  ${m.requests} requests  non-2xx ${m.non2xx}  errors ${m.errors} (timeouts ${m.timeouts})  ${what}`);
    }
    const mem = memory(pid);
    figures.rss_after_mb = mem.rss;
    figures.rss_peak_sampled_mb = Math.max(peakSampled, mem.rss);
    figures.rss_hwm_mb = mem.hwm;
  } finally {
    if (sampler) clearInterval(sampler);
    await server.stop();
  }
  // A dead reference (0 req/s, or failing) makes every ratio meaningless: it fails the run instead of dividing by 1.
  const ref = figures.reference_rps ?? 0;
  const ratio = (name: string) => (ref > 0 ? +((figures[`${name}_rps`] ?? 0) / ref).toFixed(2) : 0);
  // The target ratios: pages as served to repeat visitors (the caches on). The distinct-query explorer ratio is
  // reported beside them, not gated (every one of its requests is a full render that no cache can answer), but its
  // errors and timeouts fail the run like any other's.
  const ratios = {
    explorer_ratio: ratio("explorer"),
    use_case_ratio: ratio("use_case"),
    api_list_ratio: ratio("api_list"),
  };
  const explorerDistinctRatio = ratio("explorer_distinct");
  const peak = Math.max(figures.rss_peak_sampled_mb ?? 0, figures.rss_hwm_mb ?? 0);
  console.log(`RSS: ${figures.rss_after_mb} MB after the run; peak ${figures.rss_peak_sampled_mb} MB sampled, VmHWM ${figures.rss_hwm_mb} MB`);
  if (failures.length) console.log(`FAILED REQUESTS: ${failures.join("; ")}`);
  if (ref <= 0) console.log("The reference page served nothing: no ratio can be computed.");
  const met = ref > 0 && failures.length === 0 && Object.values(ratios).every((r) => r >= 0.5) && peak > 0 && peak <= RSS_LIMIT_MB;
  console.log(
    JSON.stringify({
      bench: "throughput",
      ...figures,
      ...ratios,
      explorer_distinct_ratio: explorerDistinctRatio,
      rss_peak_mb: peak,
      target: `explorer, use_case and api_list ratios >= 0.5 of a live reference page (explorer_distinct reported); zero errors, timeouts and non-2xx on every target; peak rss <= ${RSS_LIMIT_MB} MB`,
      met,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
