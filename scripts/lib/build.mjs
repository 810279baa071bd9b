// Generating the client and building for the active provider. A build remembers which provider it was made for.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { runPrisma } from "../prisma.mjs";
import { ROOT, fail } from "./env.mjs";

const CLIENT_MARKER = path.join(ROOT, "lib", "db", "generated", ".provider");
const distDir = () => path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

function read(file) {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}

/** The provider and a hash of its schema: a client generated before a schema change (a pull, a branch switch) is stale. */
function clientStamp(provider) {
  const schema = path.join(ROOT, "prisma", ...(provider === "postgresql" ? ["postgres"] : []), "schema.prisma");
  return `${provider} ${createHash("sha256").update(read(schema)).digest("hex").slice(0, 16)}`;
}

export function ensureClient(provider, { force = false } = {}) {
  if (!force && read(CLIENT_MARKER) === clientStamp(provider)) return false;
  if (runPrisma(["generate"], { stdio: ["ignore", "ignore", "inherit"] }) !== 0) fail("prisma generate failed.");
  fs.writeFileSync(CLIENT_MARKER, `${clientStamp(provider)}\n`);
  return true;
}

export function buildNeeded(provider) {
  return !fs.existsSync(path.join(distDir(), "BUILD_ID")) || read(path.join(distDir(), ".provider")) !== provider;
}

export function build(provider) {
  const started = Date.now();
  const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const result = spawnSync(process.execPath, [next, "build"], { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) fail("next build failed (see the errors above).");
  fs.writeFileSync(path.join(distDir(), ".provider"), `${provider}\n`);
  console.log(`next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Builds and client generations serialize on one lock: several processes may make the same check at once (the
// two e2e web servers Playwright starts together), and two `next build`s into one folder, or a generate under a
// build, would corrupt both. A lock older than 15 minutes is a crashed holder's and is taken over.
const LOCK = path.join(ROOT, "data", ".build.lock");
const STALE_MS = 15 * 60_000;

function withBuildLock(fn) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  // fail() exits the process from inside a failed build, skipping `finally`: release on exit too.
  const release = () => fs.rmSync(LOCK, { recursive: true, force: true });
  process.once("exit", release);
  try {
    return fn();
  } finally {
    process.off("exit", release);
    release();
  }
}

/**
 * The check `npm start` makes before serving, for everything else that reuses the generated client (seed, admin and
 * bench scripts): generate it for `provider` unless it already is. Returns true when it generated.
 */
export function ensureClientFor(provider) {
  return withBuildLock(() => ensureClient(provider));
}

/**
 * The check `npm start` makes, for everything else that serves the current build (the e2e and bench servers): the
 * client and the build in NEXT_DIST_DIR must both be for `provider`; what is not is made again. Returns true when
 * it built.
 */
export function ensureBuildFor(provider) {
  return withBuildLock(() => {
    const regenerated = ensureClient(provider);
    if (!regenerated && !buildNeeded(provider)) return false;
    console.log(`The build in ${path.relative(ROOT, distDir())} is not for ${provider} (or missing): building it.`);
    build(provider);
    return true;
  });
}
