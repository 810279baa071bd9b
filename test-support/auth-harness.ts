// Helpers for tests that run the server-side auth and editing code against a scratch database, outside Next.
// Test files mock "server-only", "@/lib/db/client", "next/headers" and "next/cache" (vi.mock must sit in the test
// file itself); this module holds what those mocks read.
import type { PrismaClient } from "../lib/db/generated/client";

export const TEST_SECRET = "test-secret-for-vitest-only-0123456789abcdef";
export const TEST_APP_URL = "http://localhost:3999";
export const TEST_PASSWORD = "correct horse battery staple";

export interface HarnessState {
  db: PrismaClient | null;
  headers: Headers;
}

/** Shared by the mocks: the current scratch database and the current request's headers. */
export const harness: HarnessState = { db: null, headers: new Headers() };

export function scratchClient(): PrismaClient {
  if (!harness.db) throw new Error("auth-harness: no scratch database set");
  return harness.db;
}

export function applyTestEnv(): void {
  process.env.BETTER_AUTH_SECRET = TEST_SECRET;
  process.env.APP_URL = TEST_APP_URL;
  delete process.env.TRUSTED_ORIGINS;
  // Each test file gets its own better-auth instance bound to its own scratch database.
  (globalThis as { fusionAtlasAuth?: unknown }).fusionAtlasAuth = undefined;
}

/** Cookie header for the Set-Cookie lines of a response. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair !== "" && !pair.endsWith("="))
    .join("; ");
}

export function signInRequest(body: unknown, init: { ip?: string; origin?: string | null; cookie?: string } = {}): Request {
  const headers = new Headers({ "content-type": "application/json", "user-agent": "vitest", "x-forwarded-for": init.ip ?? "198.51.100.7" });
  if (init.origin !== null) headers.set("origin", init.origin ?? TEST_APP_URL);
  if (init.cookie) headers.set("cookie", init.cookie);
  return new Request(`${TEST_APP_URL}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify(body) });
}
