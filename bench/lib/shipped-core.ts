/**
 * Both sides of bench:regression, each timed in fresh processes of its own.
 *
 * Our side: `lib/regression` and the timing loop (./core-fork.ts) bundled and minified by esbuild into one ES module,
 * which plain `node` runs: the lab's worker runs that kind of code (Next.js bundles and minifies it). The TypeScript
 * under tsx is slower in ways the browser never sees: tsx's development transform names every closure with
 * Object.defineProperty (keepNames) and reads every import through a getter; creating a trainer took 16.6 µs under
 * tsx against 6.9 µs bundled. In the bench's own process, beside the TypeScript copy of lib/regression, the same
 * bundle's median fit measured 67-79 µs against 55-57 µs alone.
 *
 * TF.js's side (./tfjs-fork.ts) runs in the same kind of process, loading @tensorflow/tfjs from node_modules.
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
import type { TfjsBenchResult } from "./tfjs-timing";

const ROOT = path.resolve(__dirname, "..", "..");

export interface ForkResults {
  ours: CoreBenchResult[];
  tfjs: TfjsBenchResult[];
}

function runFork<T>(file: string, args: string[]): T {
  // No NODE_OPTIONS: the forks must not load tsx or the react-server condition the bench runs with.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [file, ...args], { encoding: "utf8", env, maxBuffer: 16 * 1024 * 1024 });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{")) {
    throw new Error(`${path.basename(file)} failed (status ${child.status}): ${child.stderr || child.stdout}`);
  }
  return JSON.parse(line) as T;
}

/** Times our core, then TF.js, each in `forks` fresh processes of `runs` timed fits. */
export async function timeInForks(runs: number, forks: number): Promise<ForkResults> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fusion-atlas-regression-"));
  try {
    await build({
      entryPoints: [path.join(__dirname, "core-fork.ts"), path.join(__dirname, "tfjs-fork.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      outdir: dir,
      outExtension: { ".js": ".mjs" },
      external: ["@tensorflow/tfjs"],
      logLevel: "warning",
    });
    await stop(); // esbuild's service process would otherwise stay up beside the timing
    const ours: CoreBenchResult[] = [];
    for (let i = 0; i < forks; i++) ours.push(runFork<CoreBenchResult>(path.join(dir, "core-fork.mjs"), [String(runs)]));
    const tfjs: TfjsBenchResult[] = [];
    for (let i = 0; i < forks; i++) {
      tfjs.push(runFork<TfjsBenchResult>(path.join(dir, "tfjs-fork.mjs"), [String(runs), path.join(ROOT, "package.json")]));
    }
    return { ours, tfjs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
