#!/usr/bin/env node
// Playwright's web server: a fresh scratch database (SQLite file, or a recreated PostgreSQL database), migrated and
// seeded, behind `next start` on its own port. It serves the build that `npm test` has just made.
// E2E_SHARE_DATABASE=1 skips the reset, migration and seed: a second instance on a database another one has just
// prepared (e2e/scale-out.spec.ts), started the same way so that both share the same secret and settings.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { sqlitePath } from "../config/database.mjs";
import { prepareEnv, ROOT, serverNodeArgs } from "./lib/env.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { ensureBuildFor, ensureClientFor } from "./lib/build.mjs";

const { url, port, provider } = prepareEnv();
process.env.INTERNAL_ORIGIN = `http://127.0.0.1:${port}`; // it binds 127.0.0.1 below, whatever HOSTNAME says

async function resetDatabase() {
  if (provider === "postgresql") {
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.slice(1));
    const server = new URL(url);
    server.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    await admin.end();
  } else {
    const file = sqlitePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
}

// The same provider check as `npm start`: a client or build made for the other provider (after a PostgreSQL run,
// say) is made again instead of failing at the first query.
ensureClientFor(provider);
if (process.env.E2E_SHARE_DATABASE !== "1") {
  await resetDatabase();
  migrate();
  seed();
}
ensureBuildFor(provider);

const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const child = spawn(process.execPath, [...serverNodeArgs(), next, "start", "-p", port, "-H", "127.0.0.1"], { cwd: ROOT, env: process.env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
