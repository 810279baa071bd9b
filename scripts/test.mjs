#!/usr/bin/env node
// `npm test`: everything, on a fresh machine, against SQLite and then against a real PostgreSQL server.
//   1. schema drift check (the SQLite and PostgreSQL schemas declare the same models);
//   2. SQLite: unit + database tests (vitest), a fresh production build, browser e2e tests (Playwright);
//   3. PostgreSQL: a private cluster (initdb + pg_ctl in a temp dir), the same vitest and e2e suites on a build
//      made for PostgreSQL. Where PostgreSQL cannot be had the phase is skipped loudly, and with CI set the run
//      fails: CI must not pass on what it did not run. Only an explicit TEST_PROVIDERS=sqlite (which CI never
//      sets) leaves the phase out.
// It finds or installs a Chromium first. TEST_PROVIDERS=sqlite (or postgresql) limits the run, for local work.
// The phase timings are printed at the end, whether the run passed or failed.
// Extra arguments go to Playwright (e.g. `npm test -- e2e/browse.spec.ts`).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT, fail } from "./lib/env.mjs";
import { ensureChromium } from "./lib/browser.mjs";
import { build, ensureClient } from "./lib/build.mjs";
import { startPgCluster } from "./lib/pg-cluster.mjs";
import { testOutcome } from "./lib/test-outcome.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const started = Date.now();
const providers = (process.env.TEST_PROVIDERS ?? "sqlite,postgresql").split(",").map((s) => s.trim());
const playwrightArgs = process.argv.slice(2);
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const timings = [];
const skipped = [];

function printTimings() {
  console.log(`\nPhase timings:\n${timings.map((line) => `  ${line}`).join("\n")}`);
  console.log(`  total: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - t) / 1000).toFixed(0)} s`);
  if (r.status !== 0) {
    printTimings();
    fail(`${label} failed.`);
  }
}

function timedBuild(label, provider) {
  console.log(`\n▶ ${label}`);
  const t = Date.now();
  build(provider);
  timings.push(`${label}: ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

const chromium = ensureChromium();
run("Schema drift check (SQLite vs PostgreSQL models)", process.execPath, ["scripts/check-schema-drift.mjs"]);

if (providers.includes("sqlite")) {
  // Tests use their own databases; the app's own DATABASE_URL is never touched.
  process.env.DATABASE_URL = "file:./data/e2e-build.db";
  delete process.env.NEXT_DIST_DIR;
  ensureClient("sqlite");
  run("SQLite · unit and database tests (vitest)", bin("vitest"), ["run"]);
  timedBuild("SQLite · production build", "sqlite");
  run("SQLite · browser tests (Playwright)", bin("playwright"), ["test", ...playwrightArgs], { CHROMIUM_PATH: chromium });
}

if (providers.includes("postgresql")) {
  const cluster = await startPgCluster({ databases: ["atlas"] });
  if (!cluster) {
    console.warn(
      "\n⚠⚠⚠ SKIPPED the PostgreSQL test phase: no PostgreSQL server binaries here, and not root to install them.\n" +
        "    Install them (apt-get install -y postgresql) to run it, or leave it out explicitly with TEST_PROVIDERS=sqlite. ⚠⚠⚠\n",
    );
    skipped.push("PostgreSQL (e2e, PostgreSQL-only unit tests, search equality proof)");
  } else {
    try {
      process.env.DATABASE_URL = cluster.url("atlas");
      // A separate build folder: .next keeps the SQLite build that `npm start` serves.
      process.env.NEXT_DIST_DIR = ".next-pg";
      ensureClient("postgresql", { force: true });
      run("PostgreSQL · unit and database tests (vitest)", bin("vitest"), ["run"], { TEST_PG_URL: cluster.url("postgres") });
      timedBuild("PostgreSQL · production build", "postgresql");
      // Every project runs here too: the public specs on database "e2e", the admin specs and the two-instance
      // scale-out spec on "e2e_admin" (playwright.config.ts derives it and e2e-server.mjs recreates it).
      run("PostgreSQL · browser tests (Playwright)", bin("playwright"), ["test", ...playwrightArgs], {
        CHROMIUM_PATH: chromium,
        E2E_DATABASE_URL: cluster.url("e2e"),
        // Its own ports (3101 and up by default), beside a SQLite run's 3100; E2E_PORT chooses them on a shared machine.
        E2E_PORT: process.env.E2E_PORT ?? "3101",
      });
    } finally {
      delete process.env.NEXT_DIST_DIR;
      process.env.DATABASE_URL = "file:./data/e2e-build.db";
      ensureClient("sqlite", { force: true });
      cluster.stop();
    }
  }
}

printTimings();
const outcome = testOutcome({ skipped, ci: Boolean(process.env.CI) });
if (!outcome.ok) fail(outcome.message);
console.log(`\n${skipped.length ? "⚠" : "✓"} ${outcome.message} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
