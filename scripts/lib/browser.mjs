// Finds a Chromium for Playwright: its own download if present, else Debian's /usr/bin/chromium, which this
// script installs with apt when running as root (the offline machines cannot run `npx playwright install`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const { chromium } = require("playwright");
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // playwright's own browser is not installed
  }
  return SYSTEM_CHROMIUM.find((p) => fs.existsSync(p)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      "\n✖ No Chromium found for the browser tests. Install Debian's Chromium and run npm test again:\n" +
        "    sudo apt-get update && sudo apt-get install -y chromium\n",
    );
    process.exit(1);
  }
  console.log("No Chromium found; installing Debian's chromium with apt-get (about 30 s)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) {
      console.error(`\n✖ apt-get ${args.join(" ")} failed. Install Chromium by hand: apt-get install -y chromium\n`);
      process.exit(1);
    }
  }
  const installed = findChromium();
  if (!installed) {
    console.error("\n✖ chromium was installed but not found at /usr/bin/chromium.\n");
    process.exit(1);
  }
  return installed;
}
