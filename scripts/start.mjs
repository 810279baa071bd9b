#!/usr/bin/env node
// `npm start`: validate the environment, migrate, seed an empty database, build if needed, then serve.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareEnv, ROOT } from "./lib/env.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { build, buildNeeded, ensureClient } from "./lib/build.mjs";

const dev = process.argv.includes("--dev");
const { provider, port, hostname } = prepareEnv();

const regenerated = ensureClient(provider);
migrate();
seed();
if (!dev && (regenerated || buildNeeded(provider))) build(provider);

const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const args = dev ? ["dev", "-p", port, "-H", hostname] : ["start", "-p", port, "-H", hostname];
const child = spawn(process.execPath, [next, ...args], { cwd: ROOT, env: process.env, stdio: "inherit" });

// Pass signals through so that the server, not this wrapper, decides how to shut down.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
