// The ceiling of `bench:throughput`: a bare Next.js app of the project's own version (bench/bare-next: one static
// page, no proxy, no fonts, no CSS), copied into the git-ignored .next-bench/ folder (inside the project, so that its
// imports resolve to the project's node_modules without symlinks), built there with the project's own `next` binary
// (offline: nothing in it fetches anything) and served by `next start` on its own port. The build is reused while
// the fixture and the Next.js version are unchanged.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { stopChild } from "./stop-child";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURE = path.join(ROOT, "bench", "bare-next");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export interface BareServer {
  url: string;
  pid: () => number | null;
  stop: () => Promise<void>;
}

function fixtureFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? fixtureFiles(full, base) : [path.relative(base, full)];
  }).sort();
}

/** A stamp of the fixture's files and the Next.js version: a build with another stamp is made again. */
function stamp(): string {
  const hash = createHash("sha256");
  hash.update(JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")).version as string);
  for (const file of fixtureFiles(FIXTURE)) hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(FIXTURE, file)));
  return hash.digest("hex").slice(0, 16);
}

/** Builds the bare app (or reuses its build) and returns its folder. */
export function buildBareNext(): string {
  const dir = path.join(ROOT, ".next-bench", "bare-next");
  const marker = path.join(dir, ".bench-stamp");
  const want = stamp();
  if (fs.existsSync(path.join(dir, ".next", "BUILD_ID")) && fs.existsSync(marker) && fs.readFileSync(marker, "utf8").trim() === want) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`the bare Next.js app did not build (exit ${result.status})`);
  fs.writeFileSync(marker, `${want}\n`);
  console.log(`bare Next.js app built in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})`);
  return dir;
}

/** `next start` on the bare app's build; resolves once its page answers 200. */
export async function startBareNext(dir: string, port: number): Promise<BareServer> {
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bare Next.js app exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the bare Next.js app did not answer in 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: () => child.pid ?? null,
    stop: () => stopChild(child),
  };
}
