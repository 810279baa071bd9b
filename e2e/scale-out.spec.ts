// Stateless instances (issue 6): two `next start` processes of the same build on ONE database. Instance A is the
// admin e2e server (playwright.config.ts); this spec starts instance B on A's database, the way e2e-server.mjs starts
// A, minus the reset. It proves that
//   - both answer /api/health (database up, migrations current);
//   - a session created on A is valid on B, and a sign-out on B ends it on A (sessions live in the database);
//   - an edit saved through A's admin UI shows on B's public use-case page, B's explorer page and B's /api/v1/use-cases/{slug} within
//     1 s of its commit (caches are invalidated through the database, checked at most once a second).
// It runs on both providers: on PostgreSQL it is the deployment the issue describes; on SQLite it is two processes on
// one file, which must hold the same promise.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createUser, E2E_DATABASE_URL, E2E_ON_POSTGRES, E2E_PORT, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// One worker, in order (one instance B for the file); a failure does not skip the other checks.
test.describe.configure({ mode: "default", timeout: 180_000 });

const ROOT = path.resolve(__dirname, "..");
const A = `http://localhost:${E2E_PORT}`;
const SLUG = "drug-discovery";
const editor = uniqueEmail("scale-editor");
const ip = uniqueIp();
test.use({ extraHTTPHeaders: { "x-forwarded-for": ip } });

/** The freshness promise (DESIGN.md, "Caching and freshness"). Never raise it to make the test pass. */
const FRESH_WITHIN_MS = 1_000;
// How often B is asked, and how often the database is polled to find the commit time.
const POLL_MS = 50;
const DB_POLL_MS = 20;
/**
 * What the measurement itself cannot resolve, and nothing more: the commit is known to ±DB_POLL_MS, a change
 * becomes observable only at the next poll (POLL_MS), plus ~30 ms of timer and event-loop jitter on a busy machine.
 */
const MARGIN_MS = DB_POLL_MS + POLL_MS + 30;

let B = "";
let instanceB: ChildProcess | undefined;
let instanceBLog = "";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (instanceB?.exitCode != null) throw new Error(`instance B exited with ${instanceB.exitCode}:\n${instanceBLog}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance B did not become healthy within ${deadlineMs} ms:\n${instanceBLog}`);
}

test.beforeAll(async () => {
  createUser(editor, "editor");
  const port = await freePort();
  B = `http://localhost:${port}`;
  // Same build (NEXT_DIST_DIR is inherited), same secret (data/.auth-secret), same database as A. There is no load
  // balancer in front, so B is reached, and posted to, at its own origin: APP_URL is B's (as playwright.config.ts
  // does for A), or B would refuse its own sign-out form as cross-site.
  instanceB = spawn(process.execPath, [path.join(ROOT, "scripts", "e2e-server.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: E2E_DATABASE_URL, APP_URL: B, E2E_SHARE_DATABASE: "1", TRUSTED_PROXY_HOPS: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  instanceB.stderr?.on("data", (chunk: Buffer) => {
    instanceBLog = (instanceBLog + chunk.toString()).slice(-4_000);
  });
  await waitForHealth(B, 90_000);
});

test.afterAll(async () => {
  const child = instanceB;
  if (!child || child.exitCode != null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode == null) child.kill("SIGKILL");
});

test("both instances report the database up and the migrations current", async ({ request }) => {
  for (const base of [A, B]) {
    const response = await request.get(`${base}/api/health`);
    expect(response.status(), base).toBe(200);
    expect(await response.json(), base).toMatchObject({ ok: true, database: "up", migrations: "current" });
  }
});

test("a session created on instance A is valid on instance B, and a sign-out on B ends it on A", async ({ page }) => {
  const sessions = async () =>
    (await queryDb<{ n: number }>("select count(*) as n from Session s join User u on u.id = s.userId where u.email = ?", editor))[0]?.n;
  await signIn(page, editor);
  expect(await sessions()).toBe(1);
  // Cookies belong to the host, not the port: the browser sends A's session cookie to B, as behind a load balancer.
  // (better-auth's session endpoint is not exposed; the admin dashboard is what needs the session.)
  await page.goto(`${B}/en/admin`);
  await expect(page).toHaveURL(`${B}/en/admin`);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${B}/en/admin/sign-in`);
  expect(await sessions()).toBe(0);
  await page.goto(`${A}/en/admin`);
  await expect(page).toHaveURL(`${A}/en/admin/sign-in`);
});

type Probe = { start: number; end: number; fresh: boolean };
type Seen = { name: string; probes: Probe[] };

/**
 * Asks `url` every POLL_MS until its body contains `token` (or the deadline), recording each request's timing, then
 * AFTER_FRESH more times, so that an answer that flips back to the old text is caught.
 */
const AFTER_FRESH = 3;
async function pollUntilFresh(name: string, url: string, token: string, stop: { deadline: number }): Promise<Seen> {
  const probes: Probe[] = [];
  while (Date.now() < stop.deadline && probes.filter((p) => p.fresh).length <= AFTER_FRESH) {
    const start = performance.now();
    const response = await fetch(url, { headers: { "x-forwarded-for": ip, accept: "text/html,*/*;q=0.8" } });
    const body = await response.text();
    const end = performance.now();
    expect(response.status, `${name}: ${url}`).toBe(200);
    const fresh = body.includes(token);
    probes.push({ start, end, fresh });
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return { name, probes };
}

/** The commit time, from the database: the start of the last poll that did not yet see the edit (strict side). */
async function pollCommit(id: number, token: string, stop: { deadline: number }): Promise<number> {
  let lastUnseen = performance.now();
  while (Date.now() < stop.deadline) {
    const start = performance.now();
    const row = (await queryDb<{ summaryEn: string }>("select summaryEn from UseCase where id = ?", id))[0];
    if (row?.summaryEn.includes(token)) return lastUnseen;
    lastUnseen = start;
    await new Promise((r) => setTimeout(r, DB_POLL_MS));
  }
  throw new Error("the edit never reached the database");
}

/** Holds a rejection until awaited: the pollers run while the save happens, and must not fail unobserved. */
function settle<T>(promise: Promise<T>): Promise<() => T> {
  return promise.then(
    (value) => () => value,
    (error: unknown) => () => {
      throw error;
    },
  );
}

async function saveSummary(page: Page, id: number, summary: string): Promise<void> {
  await page.goto(`${A}/en/admin/use-cases/${id}`);
  const version = (await queryDb<{ version: number }>("select version from UseCase where id = ?", id))[0]?.version ?? 0;
  await page.getByLabel("Summary — English").fill(summary);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
}

test("an edit saved on instance A shows on instance B's page and API within 1 s", async ({ page }) => {
  const id = await idOf("UseCase", SLUG);
  const pageUrl = `${B}/en/use-cases/${SLUG}`;
  const apiUrl = `${B}/api/v1/use-cases/${SLUG}?locale=en`;
  // The explorer's page (served from the proxy's page cache once loaded) lists the use case with its summary.
  const explorerUrl = `${B}/en/explore?q=${encodeURIComponent("drug")}`;
  await signIn(page, editor);
  test.info().annotations.push({ type: "freshness contract", description: `within ${FRESH_WITHIN_MS} ms of the commit, + ${MARGIN_MS} ms measurement resolution` });

  // Three rounds, each saved at a different offset from B's last look, so the once-a-second check is caught at
  // different phases.
  for (const [round, offset] of [0, 350, 700].entries()) {
    const token = `Scale-out check ${round + 1} ${Math.random().toString(36).slice(2, 8)}`;
    // Warm B: whatever B caches, it has cached the old text now.
    for (const url of [pageUrl, apiUrl, explorerUrl, pageUrl, apiUrl, explorerUrl]) {
      const response = await fetch(url, { headers: { "x-forwarded-for": ip, accept: "text/html,*/*;q=0.8" } });
      expect(response.status).toBe(200);
      expect(await response.text()).not.toContain(token);
    }
    await new Promise((r) => setTimeout(r, offset));

    const stop = { deadline: Date.now() + 60_000 };
    const commit = settle(pollCommit(id, token, stop));
    const api = settle(pollUntilFresh("api", apiUrl, token, stop));
    const html = settle(pollUntilFresh("page", pageUrl, token, stop));
    const explorer = settle(pollUntilFresh("explorer", explorerUrl, token, stop));
    await saveSummary(page, id, `Machine learning screens candidate molecules. ${token}`);
    // The saving instance shows its own save on its very next request.
    const onA = await page.request.get(`${A}/api/v1/use-cases/${SLUG}?locale=en`);
    expect(((await onA.json()) as { summary: string }).summary, "instance A, right after its own save").toContain(token);
    const committedAt = (await commit)();
    stop.deadline = Date.now() + 10_000;

    for (const seen of [(await api)(), (await html)(), (await explorer)()]) {
      const first = seen.probes.findIndex((p) => p.fresh);
      const firstFresh = first >= 0 ? seen.probes[first] : undefined;
      const lastStale = seen.probes.filter((p) => !p.fresh).at(-1);
      // Relative to the commit; negative when the request began before it (a request in flight at commit time).
      const freshAt = firstFresh ? firstFresh.start - committedAt : Number.POSITIVE_INFINITY;
      const staleAt = lastStale ? lastStale.start - committedAt : Number.NEGATIVE_INFINITY;
      const took = (p: Probe | undefined) => (p ? (p.end - p.start).toFixed(0) : "-");
      const inFlight = lastStale ? lastStale.end - lastStale.start : 0;
      // The margin left to the contract's bound, reported whether the assertions below pass or not: a shrinking
      // margin is visible long before it turns into a failure.
      const staleBound = FRESH_WITHIN_MS + MARGIN_MS;
      const freshBound = FRESH_WITHIN_MS + MARGIN_MS + inFlight;
      const line =
        `[scale-out] ${E2E_ON_POSTGRES ? "postgresql" : "sqlite"} round ${round + 1} (offset ${offset} ms) ${seen.name}: ` +
        `first fresh request started ${freshAt.toFixed(0)} ms after the commit (answered in ${took(firstFresh)} ms; ` +
        `${(freshBound - freshAt).toFixed(0)} ms inside its bound of ${freshBound.toFixed(0)} ms); ` +
        `last stale one started ${staleAt.toFixed(0)} ms after it (answered in ${took(lastStale)} ms; ` +
        `${(staleBound - staleAt).toFixed(0)} ms inside its bound of ${staleBound} ms); ${seen.probes.length} probes`;
      console.log(line);
      test.info().annotations.push({ type: "cross-instance delay", description: line });
      expect(firstFresh, `${seen.name} on B never showed the edit`).toBeDefined();
      expect(seen.probes.slice(first).every((p) => p.fresh), `${seen.name} on B went back to the old text`).toBe(true);
      // No request sent to B more than 1 s after the commit may answer with the old text…
      expect(staleAt, `${seen.name}: a request started ${staleAt.toFixed(0)} ms after the commit was stale`).toBeLessThanOrEqual(staleBound);
      // …and the first fresh answer comes from a request started within 1 s, plus the time the last stale request
      // took (no new request is sent while one is in flight).
      expect(freshAt, `${seen.name}: fresh only ${freshAt.toFixed(0)} ms after the commit`).toBeLessThanOrEqual(freshBound);
    }
  }

  // What a person sees on B.
  await page.goto(pageUrl);
  await expect(page.getByText(/Scale-out check 3 /)).toBeVisible();
});
