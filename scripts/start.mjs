#!/usr/bin/env node
// `npm start`: validate the environment, migrate, seed an empty database, build if needed, then serve.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareEnv, ROOT, serverNodeArgs } from "./lib/env.mjs";
import { migrate, seed } from "./lib/database.mjs";
import { build, buildNeeded, ensureClient } from "./lib/build.mjs";
import { parseShutdownGraceMs } from "../lib/server/runtime-config.mjs";

const dev = process.argv.includes("--dev");
const { provider, port, hostname } = prepareEnv();

const regenerated = ensureClient(provider);
migrate();
seed();
if (!dev && (regenerated || buildNeeded(provider))) build(provider);

const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const args = dev ? ["dev", "-p", port, "-H", hostname] : ["start", "-p", port, "-H", hostname];
// The server's drain is ours (lib/server/graceful-shutdown.ts, installed by instrumentation.ts), not Next.js's (which
// `next dev` keeps: it also closes its hot-reload sockets).
const env = dev ? process.env : { ...process.env, NEXT_MANUAL_SIG_HANDLE: "1" };
const child = spawn(process.execPath, [...serverNodeArgs(), next, ...args], { cwd: ROOT, env, stdio: "inherit" });

// Pass signals through. `npm start` runs this script through `sh -c "exec node scripts/start.mjs"` (package.json):
// without `exec`, npm's shell would die of the SIGTERM that npm forwards to it without passing it on, orphaning this
// process and the server. The server drains (lib/server/graceful-shutdown.ts: readiness fails, the listener closes,
// requests in flight finish with `Connection: close`, idle keep-alive connections are closed) and exits with
// 128+signal within SHUTDOWN_GRACE_MS. A shutdown we were asked for is a clean exit (0) for process managers. Should
// the server outlive its grace period by more than a few seconds, it is killed and this exits 1.
const grace = parseShutdownGraceMs(process.env.SHUTDOWN_GRACE_MS).value;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // The same signal may arrive twice (npm forwards it, and a terminal's Ctrl+C reaches the whole group); the server
    // drains once.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`\n✖ The server did not exit within SHUTDOWN_GRACE_MS (${grace} ms) + 5 s of ${signal}; killing it.\n`);
      child.kill("SIGKILL");
      process.exit(1);
    }, grace + 5_000).unref();
  });
}
child.on("exit", (code, signal) => {
  if (stopping && (signal || code === 130 || code === 143 || code === 0)) process.exit(0);
  process.exit(code ?? 1);
});
