/**
 * The regression core as the browser gets it, timed in processes of its own.
 *
 * `lib/regression` and the timing loop (./core-fork.ts) are bundled and minified by esbuild into one ES module, which
 * plain `node` runs: the lab's worker runs that kind of code (Next.js bundles and minifies it). The TypeScript under
 * tsx is slower in ways the browser never sees: tsx's development transform names every closure with
 * Object.defineProperty (keepNames) and reads every import through a getter; creating a trainer took 16.6 µs under
 * tsx against 6.9 µs bundled.
 *
 * Each fork is a fresh process, so the JIT's choices and where it puts the code differ between them; on this machine
 * one process's median fit can sit ~10 % above another's for the same bundle. Several forks show that spread, and
 * their median is the figure.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, stop } from "esbuild";
import type { CoreBenchResult } from "./core-timing";

export async function timeShippedCore(runs: number, forks: number): Promise<CoreBenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fusion-atlas-core-"));
  const outfile = path.join(dir, "core-fork.mjs");
  try {
    await build({
      entryPoints: [path.join(__dirname, "core-fork.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      outfile,
      logLevel: "warning",
    });
    await stop(); // esbuild's service process would otherwise stay up beside the timing
    const results: CoreBenchResult[] = [];
    for (let i = 0; i < forks; i++) {
      // No NODE_OPTIONS: the forks must not load tsx or the react-server condition the bench runs with.
      const env = { ...process.env };
      delete env.NODE_OPTIONS;
      const child = spawnSync(process.execPath, [outfile, String(runs)], { encoding: "utf8", env });
      const line = child.stdout.trim().split("\n").pop() ?? "";
      if (child.status !== 0 || !line.startsWith("{")) {
        throw new Error(`the core's timing process failed (status ${child.status}): ${child.stderr || child.stdout}`);
      }
      results.push(JSON.parse(line) as CoreBenchResult);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
