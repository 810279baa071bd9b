// This machine's Chromium for the benches (CHROMIUM_PATH, Playwright's own download, or Debian's /usr/bin/chromium).
import fs from "node:fs";

export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p)) ?? null;
}
