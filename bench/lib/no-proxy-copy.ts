// The proxy's cost per request, for `bench:throughput`: the same app built once more from a copy of the working
// tree with proxy.ts left out, so that Next.js runs no proxy at all (not a flag the deployed app could be started
// with). The copy sits in the git-ignored .next-bench/ folder inside the project (its imports resolve to the
// project's node_modules), shares the benchmark's database, and its build is reused while the copied files are
// unchanged.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
// The lockfile too: without it Next.js takes the project (where node_modules is) as the workspace root, so the copy's
// node_modules link, which the scripts use, points inside that root.
const LEFT_OUT = new Set(["proxy.ts", "package-lock.json"]);
// Not part of the app, and tests must not be found twice: vitest's glob enters dot-folders such as .next-bench/.
const NOT_BUILT = /(^|\/)(e2e|docs|bench)\/|\.test\.tsx?$|\.spec\.ts$/;

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? walk(rel) : [rel];
  });
}

/** The working tree's files as git sees them (tracked and new, not ignored), plus the generated Prisma client. */
function sourceFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\0")
    .filter((f) => f && !LEFT_OUT.has(f) && !NOT_BUILT.test(f) && fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile());
  return [...new Set([...listed, ...walk(path.join("lib", "db", "generated"))])].sort();
}

/**
 * Copies the working tree without the proxy into .next-bench/no-proxy (afresh when any file differs from the last
 * copy, which also drops its build) and returns the folder. Its server (scripts/e2e-server.mjs there) builds it.
 */
export function prepareNoProxyCopy(): string {
  const dir = path.join(ROOT, ".next-bench", "no-proxy");
  const marker = path.join(dir, ".bench-stamp");
  const files = sourceFiles();
  const hash = createHash("sha256");
  for (const f of files) hash.update(`\0${f}\0`).update(fs.readFileSync(path.join(ROOT, f)));
  const want = hash.digest("hex").slice(0, 16);
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8").trim() === want) return dir;
  // BENCH_NO_PROXY_REUSE=1: keep a copy already built from other files (a before/after comparison of a proxy change
  // whose other files are the same, without building the copy twice).
  if (process.env.BENCH_NO_PROXY_REUSE === "1" && fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(marker, `${want}\n`);
  return dir;
}
