#!/usr/bin/env node
// Playwright's web server: a fresh scratch database, migrated and seeded, behind `next start` on its own port.
// It serves the build that `npm test` has just made.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sqlitePath } from "../config/database.mjs";
import { prepareEnv, ROOT } from "./lib/env.mjs";
import { migrate, seed } from "./lib/database.mjs";

const { url, port } = prepareEnv();
const file = sqlitePath(url);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
migrate();
seed();

const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const child = spawn(process.execPath, [next, "start", "-p", port, "-H", "127.0.0.1"], { cwd: ROOT, env: process.env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
