#!/usr/bin/env node
// Runs a TypeScript script through tsx with the project's environment defaults (offline Prisma, no telemetry).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "../config/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function runTs(file, args = [], extraEnv = {}) {
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  // The react-server condition, as in Next.js: the seed is an import through the app's server-only code (lib/editing).
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim();
  const env = { ...process.env, DATABASE_URL: databaseUrl(), CHECKPOINT_DISABLE: "1", NODE_OPTIONS: nodeOptions, ...extraEnv };
  const result = spawnSync(process.execPath, [tsx, file, ...args], { cwd: root, env, stdio: "inherit" });
  return result.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, ...args] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node scripts/run-ts.mjs FILE [ARGS...]");
    process.exit(2);
  }
  // `npm run db:seed` and `npm run bench:*`: the same provider check as `npm start` (the generated client must be for
  // DATABASE_URL's provider; a bench's server also checks its build, through scripts/e2e-server.mjs).
  const { ensureClientFor } = await import("./lib/build.mjs");
  const { providerOf } = await import("../config/database.mjs");
  ensureClientFor(providerOf(databaseUrl()));
  process.exit(runTs(file, args));
}
