import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// `npm test` finds or installs a Chromium and passes it in CHROMIUM_PATH (scripts/lib/browser.mjs). Run directly,
// Playwright uses Debian's Chromium when present, else its own download.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

function stringEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export default defineConfig({
  testDir: "e2e",
  // The admin specs check what the UI wrote by reading the SQLite scratch file directly (test-support/e2e-admin.ts),
  // so the PostgreSQL phase of `npm test` runs every other spec; the admin's logic runs on PostgreSQL in vitest.
  testIgnore: (process.env.E2E_DATABASE_URL ?? "").startsWith("postgres") ? ["**/admin-*.spec.ts"] : [],
  // One output folder per port, so parallel runs never delete each other's traces.
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous: CI shares two cores between the server, the browser and the tests.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-domain-reliability",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    // One scratch database per port, so parallel runs never share state.
    env: { ...stringEnv(), PORT: String(PORT), DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:./data/e2e-${PORT}.db`, APP_URL: `http://localhost:${PORT}` },
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
