import { afterEach, describe, expect, it } from "vitest";
import { beginShutdown, notReadyResponse, resetShutdownStateForTests, shuttingDown, wantsReadiness } from "./shutdown-state";

afterEach(() => resetShutdownStateForTests());

describe("shutdown state", () => {
  it("is ready until shutdown begins, then 503 at once, keeping the first signal", async () => {
    expect(shuttingDown()).toBe(false);
    expect(notReadyResponse()).toBeNull();
    expect(beginShutdown("SIGTERM", Date.parse("2026-12-06T10:00:00Z"))).toBe(true);
    expect(beginShutdown("SIGINT")).toBe(false);
    expect(shuttingDown()).toBe(true);
    const res = notReadyResponse();
    expect(res?.status).toBe(503);
    expect(res?.headers.get("cache-control")).toBe("no-store");
    expect(await res?.json()).toEqual({ ok: false, ready: false, shuttingDown: true, signal: "SIGTERM", since: "2026-12-06T10:00:00.000Z" });
  });

  it("lives on globalThis, so every bundle of the server sees the same state", async () => {
    beginShutdown("SIGTERM");
    expect((globalThis as Record<symbol, { since: number | null }>)[Symbol.for("fusion-atlas.shutdown")].since).not.toBeNull();
  });
});

describe("wantsReadiness", () => {
  it("is ?ready=1 (or ?ready, ?ready=true), not liveness", () => {
    expect(wantsReadiness("http://x/api/health?ready=1")).toBe(true);
    expect(wantsReadiness("http://x/api/health?ready")).toBe(true);
    expect(wantsReadiness("http://x/api/health?ready=true")).toBe(true);
    expect(wantsReadiness("http://x/api/health")).toBe(false);
    expect(wantsReadiness("http://x/api/health?ready=0")).toBe(false);
    expect(wantsReadiness("http://x/api/health?ready=false")).toBe(false);
  });
});
