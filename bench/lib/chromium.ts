// This machine's Chromium for the benches: CHROMIUM_PATH, Playwright's own download, or Debian's /usr/bin/chromium,
// installed with apt when none is present and we run as root (the same finder `npm test` uses).
import { ensureChromium } from "../../scripts/lib/browser.mjs";

export function chromiumForBench(): string {
  return ensureChromium() as string;
}
