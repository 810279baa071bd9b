// Issue 6, "Crash": a burst of acknowledged saves through the admin JSON API, the server SIGKILLed in the middle,
// then restarted on the same database. The database must be sound (SQLite: PRAGMA integrity_check = ok;
// PostgreSQL: the restarted app opens it and reports healthy), and every save that got a 2xx must be there, each
// committed version with exactly one revision.
// The spec runs its own server (own port, own scratch database) because it kills it; it needs no browser.
import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { createEditor, lostWrites, readRevisions, runWriter, signIn, sqliteFile, idsOfUseCases, type Ack } from "../bench/lib/admin-api";
import { startAppProcess, type AppProcess } from "../bench/lib/app-process";

const PORT = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70);
const onPostgres = (process.env.E2E_DATABASE_URL ?? "").startsWith("postgres");
const DATABASE_URL = onPostgres ? databaseNamed(process.env.E2E_DATABASE_URL as string, "e2e_crash") : `file:./data/e2e-crash-${PORT}.db`;
// Fixed for both starts, so that the session signed in before the crash is still valid after it.
const SECRET = "crash-spec-secret-not-for-production-0123456789";
const WRITERS = ["intelligent-tutoring-systems", "disease-diagnosis", "risk-control", "route-planning"];
/** Kill once this many saves have been acknowledged: well inside the burst, with writers still in flight. */
const KILL_AFTER_ACKS = 40;
const EMAIL = "crash-writer@example.org";
const PASSWORD = "crash writer passphrase, long enough";

function databaseNamed(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

test.describe.configure({ mode: "serial" });

/**
 * After a crash and restart: no acknowledged save is lost, and for each entry the API (through the same session)
 * serves its latest committed version, with one revision per committed version (seeded at version 1 with its import
 * revision) — every acknowledged save committed, and at most the one in flight at the crash committed without its
 * acknowledgement. Returns, per entry, the acknowledged and committed saves and the version.
 */
async function expectEveryAcknowledgedSave(appUrl: string, databaseUrl: string, ids: readonly number[], acks: Ack[], cookie: string) {
  expect(await lostWrites(databaseUrl, acks)).toEqual([]);
  const perEntry: Array<{ acknowledged: number; updates: number; version: number }> = [];
  for (const id of ids) {
    const acknowledged = acks.filter((a) => a.id === id).length;
    const revisions = await readRevisions(databaseUrl, "use-case", id);
    const updates = revisions.filter((r) => r.action === "update").length;
    const current = await fetch(`${appUrl}/api/admin/entries/use-cases/${id}`, { headers: { cookie } });
    expect(current.status).toBe(200);
    const { version } = (await current.json()) as { version: number };
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: version }, (_, v) => v + 1));
    expect(updates).toBe(version - 1);
    expect(updates).toBeGreaterThanOrEqual(acknowledged);
    expect(updates).toBeLessThanOrEqual(acknowledged + 1);
    perEntry.push({ acknowledged, updates, version });
  }
  return perEntry;
}

test("SIGKILL during a burst of saves loses no acknowledged write and leaves the database sound", async () => {
  test.setTimeout(300_000);
  const env = { BETTER_AUTH_SECRET: SECRET };
  let server: AppProcess | null = await startAppProcess({ port: PORT, databaseUrl: DATABASE_URL, mode: "fresh", env });
  try {
    createEditor(DATABASE_URL, EMAIL, PASSWORD);
    const cookie = await signIn(server.url, EMAIL, PASSWORD);
    const ids = await idsOfUseCases(DATABASE_URL, WRITERS);
    const startVersions = await Promise.all(ids.map(async (id) => (await readRevisions(DATABASE_URL, "use-case", id)).length));
    expect(startVersions).toEqual(ids.map(() => 1)); // the seed is an import: each entry starts with its revision 1

    let acked = 0;
    let killed = false;
    const running = server;
    const killer = (async () => {
      while (acked < KILL_AFTER_ACKS) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      await running.kill("SIGKILL");
    })();
    const writers = ids.map((id, i) =>
      runWriter({ baseUrl: running.url, cookie, segment: "use-cases", id, label: `crash w${i}`, stop: () => killed, stopOnNetworkError: true, onAck: () => (acked += 1) }),
    );
    const stats = await Promise.all(writers);
    await killer;
    server = null;
    const acks: Ack[] = stats.flatMap((s) => s.acks);
    console.log(`crash: ${acks.length} saves acknowledged before SIGKILL; conflicts ${stats.reduce((n, s) => n + s.conflicts, 0)}`);
    expect(stats.flatMap((s) => Object.keys(s.failures))).toEqual([]);
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // The database as the crash left it: SQLite must recover its WAL and pass the integrity check.
    if (!onPostgres) {
      const file = sqliteFile(DATABASE_URL);
      expect(fs.existsSync(file)).toBe(true);
      const db = new Database(file, { timeout: 10_000 });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.pragma("foreign_key_check")).toEqual([]);
      } finally {
        db.close();
      }
    }

    server = await startAppProcess({ port: PORT, databaseUrl: DATABASE_URL, mode: "existing", env });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);

    const perWriter = await expectEveryAcknowledgedSave(server.url, DATABASE_URL, ids, acks, cookie);
    let committed = 0;
    for (const [i, { acknowledged, updates, version }] of perWriter.entries()) {
      committed += updates;
      console.log(`crash: writer ${i} (${WRITERS[i]}): ${acknowledged} acknowledged, ${updates} committed, version ${version}`);
    }
    console.log(`crash: ${acks.length} acknowledged, ${committed} committed and present after restart, ${committed - acks.length} committed in flight`);
  } finally {
    await server?.kill("SIGTERM");
  }
});

// PostgreSQL only: the database server itself dies mid-burst (immediate shutdown: no checkpoint, WAL replay at the
// next start), on a private cluster of its own so that the other specs' servers keep their database. Commits are
// acknowledged only once written to the WAL (synchronous_commit on), as in production; the app must report its
// failure while the database is down, recover once it is back, and have lost no acknowledged save.
test("PostgreSQL killed during a burst of saves and restarted: every acknowledged save is there, and the app recovers", async () => {
  test.skip(!onPostgres, "needs the PostgreSQL build (npm test's PostgreSQL phase)");
  test.setTimeout(300_000);
  const { startPgCluster } = await import("../scripts/lib/pg-cluster.mjs");
  const cluster = await startPgCluster({ databases: [], durableCommits: true });
  if (!cluster) throw new Error("no PostgreSQL binaries: the PostgreSQL phase should not have run");
  const databaseUrl = cluster.url("atlas_dbcrash");
  const env = { BETTER_AUTH_SECRET: SECRET };
  let server: AppProcess | null = null;
  try {
    server = await startAppProcess({ port: PORT + 5, databaseUrl, mode: "fresh", env });
    createEditor(databaseUrl, EMAIL, PASSWORD);
    const cookie = await signIn(server.url, EMAIL, PASSWORD);
    const ids = await idsOfUseCases(databaseUrl, WRITERS);
    const running = server;

    let acked = 0;
    let stop = false;
    let ackedBeforeCrash = -1;
    let ackedAfterRestart = 0;
    let restarted = false;
    const writers = ids.map((id, i) =>
      runWriter({
        baseUrl: running.url, cookie, segment: "use-cases", id, label: `dbcrash w${i}`, stop: () => stop,
        onAck: () => {
          acked += 1;
          if (restarted) ackedAfterRestart += 1;
        },
      }),
    );
    while (acked < KILL_AFTER_ACKS) await new Promise((r) => setTimeout(r, 5));
    cluster.crash();
    ackedBeforeCrash = acked;
    const downAt = Date.now();
    // While it is down the app answers, but not with success.
    const duringOutage = await fetch(`${running.url}/api/health`);
    await new Promise((r) => setTimeout(r, 2_000));
    cluster.restart();
    restarted = true;
    const upAt = Date.now();
    // The app reconnects by itself: healthy again, and saves are acknowledged again.
    await expect.poll(async () => (await fetch(`${running.url}/api/health`)).status, { timeout: 60_000 }).toBe(200);
    await expect.poll(() => ackedAfterRestart, { timeout: 60_000 }).toBeGreaterThanOrEqual(WRITERS.length);
    stop = true;
    const stats = await Promise.all(writers);
    const acks: Ack[] = stats.flatMap((s) => s.acks);
    const failures = stats.reduce<Record<string, number>>((all, s) => {
      for (const [status, n] of Object.entries(s.failures)) all[status] = (all[status] ?? 0) + n;
      return all;
    }, {});
    const figures =
      `${ackedBeforeCrash} saves acknowledged when the database was killed; ${acks.length} in all, ${ackedAfterRestart} after its restart; ` +
      `health while down: ${duringOutage.status}; failed saves by status: ${JSON.stringify(failures)}; ` +
      `down for ${upAt - downAt} ms`;
    console.log(`[crash] ${figures}`);
    test.info().annotations.push({ type: "database crash", description: figures });

    expect(duringOutage.status).toBe(503);
    expect(stats.reduce((n, s) => n + s.networkErrors, 0), "the app itself stayed up").toBe(0);
    await expectEveryAcknowledgedSave(running.url, databaseUrl, ids, acks, cookie);
  } finally {
    await server?.kill("SIGTERM");
    cluster.stop();
  }
});
