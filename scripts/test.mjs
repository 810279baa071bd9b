#!/usr/bin/env node
// `npm test`: unit tests, a fresh production build, then the browser e2e tests against it.
// Finds or installs a Chromium first, so a fresh machine needs nothing else.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT, fail } from "./lib/env.mjs";
import { ensureChromium } from "./lib/browser.mjs";
import { build, ensureClient } from "./lib/build.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const started = Date.now();
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const run = (label, cmd, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...env } });
  if (r.status !== 0) fail(`${label} failed.`);
};

// Tests always use their own databases; the app's own DATABASE_URL is never touched.
process.env.DATABASE_URL = "file:./data/e2e-build.db";
const chromium = ensureChromium();
ensureClient("sqlite");

run("Schema drift check (SQLite vs PostgreSQL models)", process.execPath, ["scripts/check-schema-drift.mjs"]);
run("Unit tests (vitest)", bin("vitest"), ["run"]);
console.log("\n▶ Production build");
build("sqlite");
run("Browser tests (Playwright)", bin("playwright"), ["test", ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });

console.log(`\n✓ npm test passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
