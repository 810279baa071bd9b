// Issue 21, part 1: a replica or the primary going down must not take the site down. A private PostgreSQL primary
// and a streaming replica (pg_basebackup -R), one app instance reading through the replica, under load from a few
// keep-alive clients:
//   - replica stopped: no 5xx on public pages and the API (at most one request per instance may fail while the
//     instance learns), /api/health stays 200 and shows the replica down; replica back: reads return to it;
//   - primary stopped: cached pages and API answers still 200, marked `x-fusion-atlas-stale`; uncached reads come
//     from the replica or get 503 with Retry-After (pages: a readable page in the visitor's language); writes get
//     503 and nothing is lost; /api/health 503; primary back: everything recovers without a restart, and every
//     acknowledged save is there.
// It prints the 5xx count and p99 latency during each fault and the time to recover (the closing figures).
import { chromium, expect, test, type Browser } from "@playwright/test";
import { createEditor, idsOfUseCases, lostWrites, runWriter, signIn, type Ack } from "../bench/lib/admin-api";
import { startAppProcess, type AppProcess } from "../bench/lib/app-process";
import { onPostgres } from "./process-support";

const PORT = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70) + 8;
const SECRET = "replica-outage-spec-secret-not-for-production-0123";
const EMAIL = "replica-outage-writer@example.org";
const PASSWORD = "replica outage writer passphrase, long enough";
const CLIENTS = 6;
const FAULT_MS = 6_000;

/** Pages and API answers that every visitor asks for: cached after the first request. */
const CACHED = [
  "/en",
  "/zh",
  "/en/explore",
  "/en/fusion-map",
  "/en/use-cases/drug-discovery",
  "/zh/use-cases/drug-discovery",
  "/en/feed.xml",
  "/api/v1/use-cases",
  "/api/v1/use-cases?q=diagnosis",
  "/api/v1/use-cases?format=csv",
  "/api/v1/domains",
  "/api/v1/fusion-map",
];

let uncachedSeq = 0;
/** An explorer question nobody asked before: a cache miss, read from a replica (or the primary). */
function uncached(): string {
  uncachedSeq += 1;
  const sort = ["title", "updated", "relevance"][uncachedSeq % 3];
  return `/api/v1/use-cases?q=learning&sort=${sort}&pageSize=${(uncachedSeq % 100) + 1}&page=${Math.floor(uncachedSeq / 300) + 1}`;
}

interface Sample {
  url: string;
  status: number;
  ms: number;
  stale: boolean;
  retryAfter: string | null;
}

async function get(base: string, url: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(base + url, { headers: { accept: "text/html,application/json;q=0.9,*/*;q=0.8" } });
    await response.arrayBuffer();
    return { url, status: response.status, ms: performance.now() - started, stale: response.headers.has("x-fusion-atlas-stale"), retryAfter: response.headers.get("retry-after") };
  } catch {
    return { url, status: 0, ms: performance.now() - started, stale: false, retryAfter: null };
  }
}

/** CLIENTS loops for `ms`, alternating cached URLs and (when `misses`) uncached explorer questions. */
async function load(base: string, ms: number, misses: boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; Date.now() < until; n += 1) {
        const url = misses && n % 2 === 1 ? uncached() : (CACHED[n % CACHED.length] as string);
        samples.push(await get(base, url));
      }
    }),
  );
  return samples;
}

function summary(samples: Sample[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
  const byStatus: Record<string, number> = {};
  for (const s of samples) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  return { requests: samples.length, fiveXX: samples.filter((s) => s.status >= 500 || s.status === 0).length, p99: Math.round(p99), byStatus };
}

interface Health {
  status: number;
  body: { ok: boolean; primary: { status: string }; replicas: Array<{ status: string; reads: number; lagSeconds: number | null }>; catalogVersion: { stale: boolean; ageMs: number | null } };
}
async function health(base: string): Promise<Health> {
  const response = await fetch(`${base}/api/health`);
  return { status: response.status, body: (await response.json()) as Health["body"] };
}

test.describe.configure({ mode: "serial" });

test("a replica or the primary going down: no 500s, cached answers served, 503 + Retry-After for the rest, recovery without a restart", async () => {
  test.skip(!onPostgres, "needs PostgreSQL streaming replication (npm test's PostgreSQL phase); SQLite has no replicas");
  test.setTimeout(240_000);
  const { startPgCluster } = await import("../scripts/lib/pg-cluster.mjs");
  const cluster = await startPgCluster({ databases: [], durableCommits: true });
  if (!cluster) throw new Error("no PostgreSQL binaries: the PostgreSQL phase should not have run");
  const replica = await cluster.startReplica();
  const databaseUrl = cluster.url("atlas_outage");
  let server: AppProcess | null = null;
  let browser: Browser | null = null;
  const figures: string[] = [];
  const report = (line: string) => {
    figures.push(line);
    console.log(`[replica-outage] ${line}`);
  };
  try {
    server = await startAppProcess({
      port: PORT,
      databaseUrl,
      mode: "fresh",
      env: { BETTER_AUTH_SECRET: SECRET, DATABASE_REPLICA_URLS: replica.url("atlas_outage") },
    });
    const base = server.url;
    createEditor(databaseUrl, EMAIL, PASSWORD);
    const cookie = await signIn(base, EMAIL, PASSWORD);
    const [id] = await idsOfUseCases(databaseUrl, ["risk-control"]);

    // Warm every cached answer (twice: the first may be a miss that fills it), then check the replica serves reads.
    for (const url of [...CACHED, ...CACHED]) expect((await get(base, url)).status, url).toBe(200);
    const before = await health(base);
    expect(before.status).toBe(200);
    expect(before.body.replicas).toHaveLength(1);
    expect(before.body.replicas[0]?.status).toBe("up");
    const baseline = summary(await load(base, 2_000, true));
    expect(baseline.fiveXX).toBe(0);
    expect((await health(base)).body.replicas[0]?.reads ?? 0, "reads go to the replica").toBeGreaterThan(before.body.replicas[0]?.reads ?? 0);
    report(`baseline: ${JSON.stringify(baseline)}`);

    // 1. The replica stops under load.
    const replicaDown = load(base, FAULT_MS, true);
    await new Promise((r) => setTimeout(r, 500));
    replica.stop("immediate");
    const duringReplica = summary(await replicaDown);
    report(`replica stopped: ${JSON.stringify(duringReplica)}`);
    expect(duringReplica.fiveXX, "at most one failed request per instance while it learns the replica is gone").toBeLessThanOrEqual(1);
    const replicaHealth = await health(base);
    expect(replicaHealth.status, "a dead replica does not make the instance unhealthy").toBe(200);
    expect(replicaHealth.body.replicas[0]?.status).toBe("down");

    // 2. The replica comes back: health sees it, and reads return to it.
    const replicaBackAt = Date.now();
    replica.start();
    await expect.poll(async () => (await health(base)).body.replicas[0]?.status, { timeout: 60_000, intervals: [250] }).toBe("up");
    const replicaHealthyIn = Date.now() - replicaBackAt;
    const readsBefore = (await health(base)).body.replicas[0]?.reads ?? 0;
    const afterReplica = summary(await load(base, 1_500, true));
    const readsAfter = (await health(base)).body.replicas[0]?.reads ?? 0;
    report(`replica back: health shows it up ${replicaHealthyIn} ms after its start returned; ${readsAfter - readsBefore} reads on it since; ${JSON.stringify(afterReplica)}`);
    expect(afterReplica.fiveXX).toBe(0);
    expect(readsAfter, "reads return to the replica").toBeGreaterThan(readsBefore);

    // 3. Saves that are acknowledged before the primary goes away must all be there afterwards.
    let stopWriting = false;
    const writer = runWriter({ baseUrl: base, cookie, segment: "use-cases", id: id as number, label: "outage", stop: () => stopWriting });
    await new Promise((r) => setTimeout(r, 2_000));
    stopWriting = true;
    const acksBefore: Ack[] = (await writer).acks;
    expect(acksBefore.length).toBeGreaterThan(0);
    // The saves moved the catalog version: warm the cache again, and let the replica replay them.
    await expect.poll(async () => (await health(base)).body.replicas[0]?.lagSeconds, { timeout: 30_000 }).toBe(0);
    for (const url of [...CACHED, ...CACHED]) expect((await get(base, url)).status, url).toBe(200);
    // An editor has the entry open in the admin form (signed in with the writer's session).
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    const context = await browser.newContext();
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
      }),
    );
    const editor = await context.newPage();
    await editor.goto(`${base}/en/admin/use-cases/${id}`);
    const summaryField = editor.getByLabel("Summary — English");
    await expect(summaryField).toBeVisible();

    // 4. The primary stops under load.
    const primaryDown = load(base, FAULT_MS, true);
    await new Promise((r) => setTimeout(r, 500));
    const primaryDownAt = Date.now();
    cluster.crash();
    const samples = await primaryDown;
    const duringPrimary = summary(samples);
    const afterCrash = samples.filter((s) => s.status !== 0);
    report(`primary stopped: ${JSON.stringify(duringPrimary)}`);
    // Cached answers: 200 (the API's and the pages' marked stale once the instance knows); the rest 200 from the
    // replica or 503 with Retry-After; never a 500.
    expect(afterCrash.filter((s) => s.status >= 500 && s.status !== 503).map((s) => `${s.status} ${s.url}`), "no 500s while the primary is away").toEqual([]);
    for (const s of afterCrash.filter((x) => x.status === 503)) expect(s.retryAfter, `${s.url}: 503 without Retry-After`).toMatch(/^\d+$/);
    expect(samples.filter((s) => CACHED.includes(s.url) && s.status !== 200).map((s) => `${s.status} ${s.url}`), "cached answers keep being served").toEqual([]);
    const cachedNow = await get(base, "/en/use-cases/drug-discovery");
    expect(cachedNow).toMatchObject({ status: 200, stale: true });
    const apiNow = await get(base, "/api/v1/use-cases?q=diagnosis");
    expect(apiNow).toMatchObject({ status: 200, stale: true });
    const missNow = await get(base, uncached());
    expect([200, 503], "an uncached read: from the replica, or 503").toContain(missNow.status);
    // A page nobody asked for yet needs the primary: a 503 page in the visitor's language.
    const page = await fetch(`${base}/zh/domains/finance`, { headers: { accept: "text/html" } });
    const pageText = await page.text();
    expect([200, 503]).toContain(page.status);
    if (page.status === 503) {
      expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(pageText).toContain("暂时无法访问");
      expect(pageText).toContain('lang="zh-CN"');
    }
    // Writes: 503, nothing written, and the editor's input is the client's to keep.
    const write = await fetch(`${base}/api/admin/entries/use-cases/${id}`, {
      method: "PUT",
      headers: { cookie, "content-type": "application/json", origin: base.replace("127.0.0.1", "localhost") },
      body: JSON.stringify({ version: 1, values: {} }),
    });
    expect(write.status).toBe(503);
    expect(write.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    // The admin form: a clear message, and every field as the editor typed it.
    const typed = "Typed while the database was away; kept by the form.";
    await summaryField.fill(typed);
    await editor.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editor.getByText("The database cannot be reached right now, so nothing was saved.")).toBeVisible();
    await expect(summaryField).toHaveValue(typed);
    const primaryHealth = await health(base);
    expect(primaryHealth.status, "health 503: this instance cannot serve every read").toBe(503);
    expect(primaryHealth.body.primary.status).toBe("down");
    expect(primaryHealth.body.catalogVersion.stale).toBe(true);
    report(`during the primary outage: uncached explorer read ${missNow.status}, uncached page ${page.status}, write ${write.status}, health ${primaryHealth.status}`);

    // 5. The primary comes back: healthy, fresh and writable again without a restart; nothing acknowledged is lost.
    const downFor = Date.now() - primaryDownAt;
    const restartAt = Date.now();
    cluster.restart();
    await expect.poll(async () => (await health(base)).status, { timeout: 60_000, intervals: [100] }).toBe(200);
    const recoveredIn = Date.now() - restartAt;
    const writeUntil = Date.now() + 2_000;
    const again = await runWriter({ baseUrl: base, cookie, segment: "use-cases", id: id as number, label: "after", stop: () => Date.now() > writeUntil });
    const afterPrimary = summary(await load(base, 1_500, true));
    report(`primary back after ${downFor} ms down: health 200 ${recoveredIn} ms after its restart; ${again.acks.length} saves acknowledged after; ${JSON.stringify(afterPrimary)}`);
    expect(again.acks.length).toBeGreaterThan(0);
    expect(afterPrimary.fiveXX).toBe(0);
    expect((await get(base, "/en/use-cases/drug-discovery")).stale, "no longer stale").toBe(false);
    expect(await lostWrites(databaseUrl, [...acksBefore, ...again.acks])).toEqual([]);
    test.info().annotations.push({ type: "fault figures", description: figures.join("\n") });
  } finally {
    await browser?.close();
    await server?.kill("SIGTERM");
    cluster.stop();
  }
});
