#!/usr/bin/env node
// Runs the Prisma CLI offline: js engine, no telemetry, and the wasm-timer preload so commands exit.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "../config/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function runPrisma(args, { stdio = "inherit" } = {}) {
  const preload = path.join(root, "scripts", "prisma-preload.cjs");
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require=${preload}`.trim(),
  };
  const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env, stdio });
  return result.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(runPrisma(process.argv.slice(2)));
}
