#!/usr/bin/env node
// `npm start`: validate the environment, migrate, seed an empty database, build if needed, then serve.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareEnv, ROOT, serverNodeArgs } from "./lib/env.mjs";
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
const child = spawn(process.execPath, [...serverNodeArgs(), next, ...args], { cwd: ROOT, env: process.env, stdio: "inherit" });

// Pass signals through: next start stops accepting connections, finishes the requests in flight, then exits with
// 128+signal. A shutdown we were asked for is a clean exit (0) for process managers and load balancers.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    child.kill(signal);
  });
}
child.on("exit", (code, signal) => {
  if (stopping && (signal || code === 130 || code === 143 || code === 0)) process.exit(0);
  process.exit(code ?? 1);
});
