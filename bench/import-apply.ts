// `npm run bench:import-apply`: how long the admin's import takes to apply the largest file it accepts
// (bench/lib/largest-import.ts: the seeded catalog plus generated use cases, 1,500 entries, just under 4 MB) through
// lib/editing/catalog/apply-import.ts, on SQLite and on PostgreSQL (a private cluster), without a server: once with
// the event loop idle, and once with the event loop busy BENCH_BUSY_MS (default 5) per turn, as a server's is while
// it renders pages for readers (bench:load BENCH_MODE=import). On PostgreSQL every statement is a round trip whose
// answer waits for the next turn of the event loop, so the busy figure is what the statement count costs there; on
// SQLite queries complete synchronously. Prints the apply time, the event-loop turns it spanned, os.loadavg();
// the last line is one JSON object. Target: every apply commits within half its 120 s limit, event loop busy.
// Knobs: BENCH_PROVIDERS ("sqlite,postgresql"), BENCH_BUSY_MS (5). The PostgreSQL client is generated for its phase
// and the SQLite client restored afterwards.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const TARGET_MS = 60_000;
const BUSY_MS = Number(process.env.BENCH_BUSY_MS ?? 5);

interface Figures {
  provider: string;
  entries: number;
  bytes: number;
  idle_ms: number;
  busy_ms: number;
  busy_turns: number;
  committed: boolean;
  load_avg: number[];
}

/** The child: one provider (the generated client's), a scratch database seeded, the largest file applied twice. */
async function measure(): Promise<Figures> {
  const { seededScratchWithLargestFile } = await import("./lib/seeded-scratch");
  const { applyImport } = await import("../lib/editing/catalog/apply-import");
  const { catalogFileSchema } = await import("../lib/schemas/catalog-file");
  const actor = { userId: "bench", email: "bench@example.org", ip: "127.0.0.1", userAgent: "bench" };

  const run = async (busyMs: number) => {
    const { scratch, file } = await seededScratchWithLargestFile();
    try {
      let spinning = busyMs > 0;
      let turns = 0;
      const spin = () => {
        if (!spinning) return;
        turns++;
        const end = performance.now() + busyMs;
        while (performance.now() < end);
        setImmediate(spin);
      };
      if (spinning) setImmediate(spin);
      const started = performance.now();
      // What the admin's apply runs (import-catalog.ts), but telling no caches (there is no Next.js server here).
      const plan = await applyImport(scratch.db, catalogFileSchema.parse(JSON.parse(file.text)), actor, { notify: false });
      const ms = performance.now() - started;
      spinning = false;
      const committed = plan.issues.length === 0 && (await scratch.db.useCase.count({ where: { slug: { startsWith: "bench-import-" } } })) === file.addedUseCases;
      if (!committed) console.error(`${scratch.provider}: NOT committed`);
      return { provider: scratch.provider, file, ms, turns, committed };
    } finally {
      await scratch.cleanup();
    }
  };
  const idle = await run(0);
  const busy = await run(BUSY_MS);
  return {
    provider: idle.provider,
    entries: idle.file.items,
    bytes: idle.file.bytes,
    idle_ms: Math.round(idle.ms),
    busy_ms: Math.round(busy.ms),
    busy_turns: busy.turns,
    committed: idle.committed && busy.committed,
    load_avg: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function main(): Promise<void> {
  if (process.env.IMPORT_APPLY_CHILD) {
    console.log(`RESULT ${JSON.stringify(await measure())}`);
    return;
  }
  const { ensureClient } = (await import("../scripts/lib/build.mjs")) as { ensureClient: (p: string, o?: { force?: boolean }) => boolean };
  const { withPostgres } = await import("./lib/pg-phase");
  const providers = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",").map((s) => s.trim());
  const results: Figures[] = [];
  const child = (env: Record<string, string>): Figures | null => {
    const out = spawnSync(process.execPath, [path.join(ROOT, "scripts", "run-ts.mjs"), "bench/import-apply.ts"], {
      cwd: ROOT,
      env: { ...process.env, IMPORT_APPLY_CHILD: "1", ...env },
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
    });
    const line = out.stdout.split("\n").find((l) => l.startsWith("RESULT "));
    return line ? (JSON.parse(line.slice(7)) as Figures) : null;
  };
  if (providers.includes("sqlite")) {
    ensureClient("sqlite");
    const figures = child({ DATABASE_URL: "file:./data/bench-import-apply.db" });
    if (figures) results.push(figures);
  }
  if (providers.includes("postgresql")) {
    const ran = await withPostgres({}, async (cluster) => {
      const figures = child({ DATABASE_URL: cluster.url("postgres"), TEST_PG_URL: cluster.url("postgres") });
      if (figures) results.push(figures);
    });
    if (ran === null) console.log("postgresql: no PostgreSQL binaries here: skipped");
  }
  for (const r of results) {
    console.log(
      `${r.provider}: ${r.entries} entries (${(r.bytes / 1e6).toFixed(2)} MB): apply ${r.idle_ms} ms idle, ${r.busy_ms} ms with the event loop busy ${BUSY_MS} ms/turn ` +
        `(${r.busy_turns} turns)${r.committed ? "" : ", NOT committed"}; load average ${r.load_avg.join(" ")} on ${os.cpus().length} CPUs`,
    );
  }
  const met = results.length === providers.length && results.every((r) => r.committed && r.busy_ms <= TARGET_MS);
  console.log(JSON.stringify({ bench: "import-apply", target: `apply of the largest file committed in <= ${TARGET_MS} ms with a busy event loop`, results, met }));
  process.exitCode = met ? 0 : 1;
}

void main();
