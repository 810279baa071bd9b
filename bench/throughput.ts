// `npm run bench:throughput`: requests per second of the app as deployed (next start, caches on), on the explorer
// with filters, a use-case page and the API list endpoint, each against the static reference page of the same
// server in the same run. Also prints the server's RSS afterwards. Target: every ratio ≥ 0.5, RSS ≤ 300 MB.
import autocannon from "autocannon";
import { rssMb, startAppServer } from "./lib/app-server";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

// Requested as browsers and API clients do (a page load asks for HTML; the explorer's page cache answers only those).
const PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const TARGETS = [
  { name: "reference", path: "/en/reference-page", accept: PAGE },
  { name: "explorer", path: "/en/explore?technique=nlp&technique=computer-vision&domain=education&domain=healthcare", accept: PAGE },
  { name: "use_case", path: "/en/use-cases/medical-image-analysis", accept: PAGE },
  { name: "api_list", path: "/api/v1/use-cases?technique=nlp&pageSize=24", accept: "application/json" },
];

async function measure(url: string, accept: string, duration: number): Promise<{ rps: number; p99: number; non2xx: number; errors: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers: { "accept-language": "en", accept } });
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main(): Promise<void> {
  const server = await startAppServer({ port: Number(process.env.BENCH_PORT ?? 3810) });
  const figures: Record<string, number> = {};
  try {
    for (const t of TARGETS) {
      await measure(server.url + t.path, t.accept, 2); // warm-up
      const m = await measure(server.url + t.path, t.accept, DURATION_S);
      figures[`${t.name}_rps`] = m.rps;
      console.log(`${t.name.padEnd(10)} ${String(m.rps).padStart(6)} req/s  p99 ${m.p99} ms  non-2xx ${m.non2xx}  errors ${m.errors}  ${t.path}`);
      if (m.non2xx > 0 || m.errors > 0) figures[`${t.name}_failures`] = m.non2xx + m.errors;
    }
    const pid = server.serverPid();
    figures.rss_mb = pid ? rssMb(pid) : -1;
  } finally {
    await server.stop();
  }
  const ref = figures.reference_rps || 1;
  const ratios = {
    explorer_ratio: +(figures.explorer_rps / ref).toFixed(2),
    use_case_ratio: +(figures.use_case_rps / ref).toFixed(2),
    api_list_ratio: +(figures.api_list_rps / ref).toFixed(2),
  };
  console.log(`RSS after the run: ${figures.rss_mb} MB`);
  const met = Object.values(ratios).every((r) => r >= 0.5) && figures.rss_mb > 0 && figures.rss_mb <= 300;
  console.log(JSON.stringify({ bench: "throughput", ...figures, ...ratios, target: "each ratio >= 0.5 of the reference page; rss <= 300 MB", met }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
