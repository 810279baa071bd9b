// A `next start` server under a test's or a benchmark's full control: its own process group (so that SIGKILL takes
// the whole tree down at once, as a crash would), its output kept for inspection (SQLITE_BUSY counts), and a
// restart on the same database without resetting it. `fresh` goes through scripts/e2e-server.mjs (a new
// migrated + seeded database); `existing` starts `next start` on the database as it is.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

export interface AppProcess {
  url: string;
  /** Everything the server printed (stdout and stderr) so far. */
  output: () => string;
  kill: (signal: NodeJS.Signals) => Promise<void>;
  /** Sends a signal to the top process only (as a process manager does to the PID it started), not the group. */
  signal: (signal: NodeJS.Signals) => void;
  /** Resolves with the top process's exit code (null when a signal ended it) and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface AppProcessOptions {
  port: number;
  databaseUrl: string;
  /**
   * fresh: scripts/e2e-server.mjs (new database); existing: `next start` on the database as it is; npm-start:
   * `node scripts/start.mjs`, the process `npm start` runs (migrate, seed, serve, signal handling).
   */
  mode: "fresh" | "existing" | "npm-start";
  env?: Record<string, string>;
  timeoutMs?: number;
  /** What "up" means: /api/health answers 200 (default), or answers at all (for a server expected to be unhealthy). */
  ready?: "healthy" | "answering";
}

export async function startAppProcess(options: AppProcessOptions): Promise<AppProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    APP_URL: `http://localhost:${options.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    ...options.env,
  };
  const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const args =
    options.mode === "fresh" ? ["scripts/e2e-server.mjs"]
    : options.mode === "npm-start" ? ["scripts/start.mjs"]
    : [next, "start", "-p", String(options.port), "-H", "127.0.0.1"];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log += chunk.toString("utf8");
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok || options.ready === "answering") break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      killGroup(child, "SIGKILL");
      throw new Error(`app server did not become healthy in time:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    output: () => log,
    exited,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    kill: async (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, signal);
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The whole process group: the wrapper, `next start` and anything it spawned. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
