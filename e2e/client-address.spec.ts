// Issue 16, item 1: with the default TRUSTED_PROXY_HOPS=0 the sign-in throttle counts the socket's address and
// ignores X-Forwarded-For, which any client reaching the app directly can set. Twenty emails, each from a different
// claimed address: the sixth attempt is already refused. Runs a server of its own (the shared e2e servers play a
// proxy with TRUSTED_PROXY_HOPS=1), without a browser.
import { expect, test } from "@playwright/test";
import { startAppProcess, type AppProcess } from "../bench/lib/app-process";

// Beside the other process specs (crash: +0 and +5, shutdown: +1, health: +2 and up).
const PORT = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70) + 10;
const onPostgres = (process.env.E2E_DATABASE_URL ?? "").startsWith("postgres");
const DATABASE_URL = onPostgres ? databaseNamed(process.env.E2E_DATABASE_URL as string, "e2e_client_address") : `file:./data/e2e-client-address-${PORT}.db`;

function databaseNamed(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let server: AppProcess | null = null;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startAppProcess({ port: PORT, databaseUrl: DATABASE_URL, mode: "fresh", env: { TRUSTED_PROXY_HOPS: "0", BETTER_AUTH_SECRET: "client-address-spec-secret-0123456789" } });
});
test.afterAll(async () => {
  await server?.kill("SIGTERM");
});

test("varied X-Forwarded-For does not escape the per-IP sign-in limit (TRUSTED_PROXY_HOPS=0)", async () => {
  const url = (server as AppProcess).url;
  const statuses: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const response = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url, "x-forwarded-for": `203.0.113.${i + 1}`, "x-fusion-atlas-peer": `198.51.100.${i + 1}` },
      body: JSON.stringify({ email: `nobody${i}@example.org`, password: "not the password at all" }),
    });
    statuses.push(response.status);
    if (response.status === 429) expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5)).toEqual(Array(15).fill(429));
});
