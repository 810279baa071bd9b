// `npm run bench:suggest` (issue 15): (1) suggestions accepted per second by the public endpoint POST /api/suggestions
// on SQLite with the limits off (SUGGEST_LIMITS=off: no minimum time, no proof of work, no per-address counting), so
// the figure is the endpoint's own cost (validation, the option lookup, one insert); (2) the moderation queue page's
// time with 10,000 suggestions in the table (signed-in editor, median of repeated loads).
// Targets: >= 50 suggestions/s with no errors (the endpoint must not become the app's bottleneck; the limits allow
// 200 a day), and the queue page's median <= 1000 ms with 10,000 rows.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { startAppServer } from "./lib/app-server";

const PORT = Number(process.env.BENCH_PORT ?? 3440);
const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONNECTIONS ?? 8);
const QUEUE_ROWS = 10_000;
const ROOT = path.resolve(__dirname, "..");
const DB_FILE = path.join(ROOT, "data", `bench-suggest-${PORT}.db`);
const EMAIL = "bench-editor@example.org";
const PASSWORD = "bench passphrase, long enough";

async function main() {
  for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`]) fs.rmSync(f, { force: true });
  const server = await startAppServer({ port: PORT, databaseUrl: `file:${DB_FILE}`, env: { SUGGEST_LIMITS: "off", TRUSTED_PROXY_HOPS: "1" } });
  try {
    const body = (i: number) =>
      JSON.stringify({
        kind: "new", domainId: 1, otherDomain: "", titleEn: `Bench suggestion ${i}`, titleZh: "", summaryEn: "A summary.", summaryZh: "", body: "Some **markdown**.",
        techniques: [1, 2], mechanisms: [], challenges: [], sources: ["https://example.org/a"], creditName: "Bench", email: "", website: "", locale: "en",
      });
    let sent = 0;
    let ok = 0;
    let failed = 0;
    const statuses = new Map<number, number>();
    const start = Date.now();
    const worker = async (w: number) => {
      while (Date.now() - start < DURATION_MS) {
        const i = sent++;
        const res = await fetch(`${server.url}/api/suggestions`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": `10.9.${w}.${i % 250}` },
          body: body(i),
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) ok++;
        else failed++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
    const seconds = (Date.now() - start) / 1000;
    const perSecond = Math.round((ok / seconds) * 10) / 10;
    console.log(`POST /api/suggestions (SQLite, limits off, ${CONCURRENCY} concurrent): ${ok} accepted in ${seconds.toFixed(1)} s = ${perSecond}/s; other answers: ${failed} ${JSON.stringify(Object.fromEntries(statuses))}`);

    // Fill the table to 10,000 rows directly (the endpoint's rows plus synthetic ones), then time the queue page.
    const db = new Database(DB_FILE, { timeout: 10_000 });
    const have = (db.prepare(`select count(*) as n from "Suggestion"`).get() as { n: number }).n;
    const insert = db.prepare(`insert into "Suggestion" (kind, state, "tokenHash", language, payload, sources, "createdAt") values (?, ?, ?, ?, ?, ?, ?)`);
    const states = ["received", "received", "received", "accepted", "declined", "spam"];
    db.transaction(() => {
      for (let i = have; i < QUEUE_ROWS; i++) {
        insert.run(i % 3 === 0 ? "edit" : "new", states[i % states.length], `bench-${i}`, i % 2 ? "en" : "zh", JSON.stringify({ titleEn: `Row ${i}`, titleZh: "", summaryEn: "", summaryZh: "", body: "", domainId: 1, otherDomain: "", techniques: [], mechanisms: [], challenges: [] }), "[]", Date.now() - i * 1000);
      }
    })();
    const total = (db.prepare(`select count(*) as n from "Suggestion"`).get() as { n: number }).n;
    db.close();

    const created = spawnSync(process.execPath, ["scripts/admin-create.mjs", "--email", EMAIL, "--role", "editor", "--name", "bench"], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${DB_FILE}`, ADMIN_PASSWORD: PASSWORD }, encoding: "utf8",
    });
    if (created.status !== 0) throw new Error(`admin:create failed: ${created.stderr}${created.stdout}`);
    const signIn = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST", headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": "10.8.0.1" }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    if (signIn.status !== 200 || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/en/admin/suggestions`, { headers: { cookie, "x-forwarded-for": "10.8.0.1", accept: "text/html" } });
      const html = await res.text();
      const ms = performance.now() - t0;
      if (res.status !== 200 || !html.includes("Open suggestion #")) throw new Error(`queue page answered ${res.status} without rows`);
      if (i >= 2) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const median = Math.round(times[Math.floor(times.length / 2)] as number);
    const p90 = Math.round(times[Math.floor(times.length * 0.9)] as number);
    console.log(`GET /en/admin/suggestions with ${total} suggestions: median ${median} ms, p90 ${p90} ms (${times.length} loads after 2 warm-ups)`);
    const met = perSecond >= 50 && failed === 0 && median <= 1000;
    console.log(JSON.stringify({ bench: "suggest", suggestionsPerSecond: perSecond, queueRows: total, queueMedianMs: median, queueP90Ms: p90, target: "suggestions/s >= 50 with no errors; queue median <= 1000 ms at 10,000 rows", met }));
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
