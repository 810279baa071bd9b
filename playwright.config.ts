import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The admin specs create, publish, edit and delete entries; the public specs assert the seeded catalog. Each group
// gets its own server and scratch database, so neither sees the other's writes.
const ADMIN_PORT = PORT + 50;
const PUBLIC_DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:./data/e2e-${PORT}.db`;
// The admin server's scratch database: on SQLite a file of its own, on PostgreSQL a database of its own in the same
// cluster (<name>_admin beside E2E_DATABASE_URL's <name>). e2e-server.mjs drops, creates, migrates and seeds it.
const ADMIN_DATABASE_URL = /^postgres(ql)?:\/\//i.test(PUBLIC_DATABASE_URL) ? siblingDatabase(PUBLIC_DATABASE_URL, "_admin") : `file:./data/e2e-${ADMIN_PORT}.db`;
// test-support/e2e-admin.ts reads and writes the admin server's database, and e2e/scale-out.spec.ts starts a second
// instance on it; workers inherit these.
process.env.E2E_ADMIN_PORT = String(ADMIN_PORT);
// e2e/crash.spec.ts starts, SIGKILLs and restarts a server of its own on this port (its own scratch database too);
// shutdown.spec.ts and health.spec.ts use the ports just above it.
process.env.E2E_CRASH_PORT = String(PORT + 70);
process.env.E2E_ADMIN_DATABASE_URL = ADMIN_DATABASE_URL;

/** The specs that run servers of their own: a crash, a shutdown, an unhealthy database. */
const PROCESS_SPECS = ["**/crash.spec.ts", "**/shutdown.spec.ts", "**/health.spec.ts", "**/client-address.spec.ts", "**/replica-outage.spec.ts", "**/drain.spec.ts"];

function siblingDatabase(url: string, suffix: string): string {
  const u = new URL(url);
  u.pathname = `/${decodeURIComponent(u.pathname.slice(1))}${suffix}`;
  return u.toString();
}

// `npm test` finds or installs a Chromium and passes it in CHROMIUM_PATH (scripts/lib/browser.mjs). Run directly,
// Playwright uses Debian's Chromium when present, else its own download.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-domain-reliability",
    ],
  },
};

function stringEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === "string"));
}

function server(port: number, databaseUrl: string) {
  return {
    command: `node scripts/e2e-server.mjs`,
    // TRUSTED_PROXY_HOPS=1: the specs play a proxy that appends the client address (uniqueIp() in X-Forwarded-For),
    // so that one spec's sign-in failures never throttle another's. e2e/client-address.spec.ts runs a server of its
    // own with the default (0: the socket's address) and shows that X-Forwarded-For is then ignored.
    // SUGGEST_MIN_SECONDS=8 (default 3): the suggestion specs send once "too fast" on purpose, which must hold even
    // when a loaded machine takes seconds to load, fill and solve the form (e2e/helpers.ts: SUGGEST_MIN_WAIT_MS).
    env: { ...stringEnv(), PORT: String(port), DATABASE_URL: databaseUrl, APP_URL: `http://localhost:${port}`, TRUSTED_PROXY_HOPS: "1", SUGGEST_MIN_SECONDS: "8" },
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "e2e",
  // One output folder per port, so parallel runs never delete each other's traces.
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A retry only diagnoses: a test that fails and then passes is flaky, and a flaky test fails the run.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: true,
  workers: 2,
  // Generous: CI shares two cores between the servers, the browser and the tests.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    // Only a retry records a trace. Recording on every first attempt cost CPU in every test, and in stop 26's CI
    // (PostgreSQL) a test whose steps had all passed then spent over 2 minutes closing its context ("Tearing down
    // "context" exceeded the test timeout"), a hang Playwright has seen with tracing on (microsoft/playwright#18016);
    // with failOnFlakyTests that failed the run. A failing first attempt still leaves its screenshot and error
    // context, and its retry leaves a trace.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: ["**/admin-*.spec.ts", ...PROCESS_SPECS, "**/scale-out.spec.ts"], use: { ...browser, baseURL: `http://localhost:${PORT}` } },
    // No browser and no shared server: each spec starts (and kills, signals or breaks) servers of its own, on ports
    // E2E_CRASH_PORT and up. Runs on both providers.
    { name: "crash", testMatch: PROCESS_SPECS },
    // Importing a whole catalog file rewrites every entry that differs from the file, so it would undo a soft delete
    // or an edit another spec makes between its export and its import; and it needs the seeded catalog (other specs
    // store hostile content straight in the database). It runs alone, first; the other admin specs wait for it.
    { name: "admin-import", testMatch: ["**/admin-import-export.spec.ts"], use: { ...browser, baseURL: `http://localhost:${ADMIN_PORT}` } },
    {
      name: "admin",
      testMatch: ["**/admin-*.spec.ts"],
      testIgnore: ["**/admin-import-export.spec.ts"],
      dependencies: ["admin-import"],
      use: { ...browser, baseURL: `http://localhost:${ADMIN_PORT}` },
    },
    // Instance A is the admin server; the spec starts instance B on the same database and build.
    { name: "scale-out", testMatch: ["**/scale-out.spec.ts"], dependencies: ["admin-import"], use: { ...browser, baseURL: `http://localhost:${ADMIN_PORT}` } },
  ],
  // One scratch database per server, so parallel runs never share state.
  webServer: [server(PORT, PUBLIC_DATABASE_URL), server(ADMIN_PORT, ADMIN_DATABASE_URL)],
});
