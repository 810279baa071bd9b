// Generating the client and building for the active provider. A build remembers which provider it was made for.
import { spawnSync } from "node:child_process";
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

export function ensureClient(provider, { force = false } = {}) {
  if (!force && read(CLIENT_MARKER) === provider) return false;
  if (runPrisma(["generate"], { stdio: ["ignore", "ignore", "inherit"] }) !== 0) fail("prisma generate failed.");
  fs.writeFileSync(CLIENT_MARKER, `${provider}\n`);
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
