// Starts the app as deployed (`next start` on the current build, a fresh migrated + seeded database) for a
// benchmark, and stops it afterwards. Builds first when no build exists or the build is for another provider.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stopChild } from "./stop-child";

const ROOT = path.resolve(__dirname, "..", "..");

export interface AppServer {
  url: string;
  /** PID of the next-server process (for RSS). */
  serverPid: () => number | null;
  stop: () => Promise<void>;
}

export async function startAppServer(options: { port: number; databaseUrl?: string; env?: Record<string, string>; root?: string }): Promise<AppServer> {
  // scripts/e2e-server.mjs makes `npm start`'s provider check: a build or client for the other provider is made again.
  const env = {
    ...process.env,
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl ?? `file:./data/bench-${options.port}.db`,
    APP_URL: `http://localhost:${options.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, ["scripts/e2e-server.mjs"], { cwd: options.root ?? ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${options.port}`;
  // A server whose build is still to be made (bench:throughput's copy without the proxy) may take a while.
  const deadline = Date.now() + (options.root ? 900_000 : 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`app server did not become healthy in ${options.root ? 900 : 120} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    serverPid: () => (child.pid ? childPid(child.pid) : null),
    stop: () => stopChild(child),
  };
}

/** The first child of a process (e2e-server.mjs spawns `next start`, which serves in-process). */
function childPid(pid: number): number | null {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return children.length ? Number(children[0]) : null;
  } catch {
    return null;
  }
}

/** Resident set size of a process and its descendants, in MB. */
export function rssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) / 1024;
      const kids = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      for (const k of kids) visit(Number(k));
    } catch {
      // process gone
    }
  };
  visit(pid);
  return Math.round(total);
}
