// The sign-in throttle counts a client address by its bucket: an IPv6 client that picks a fresh address in its /64
// for every attempt is still one client.
import { describe, expect, it } from "vitest";
import { scratchDatabase } from "../../test-support/integration-db";

const { openAttempt, settleAttempt } = await import("./throttle");
const { THROTTLE_MAX_FAILURES } = await import("./throttle-policy");

scratchDatabase();

describe("sign-in throttle per IPv6 /64", () => {
  it("refuses the next attempt from any address of a /64 that failed too often, not from the next /64", async () => {
    const now = new Date();
    for (let i = 1; i <= THROTTLE_MAX_FAILURES; i++) {
      const ticket = await openAttempt(`user${i}@example.org`, `2001:db8:5:6::${i.toString(16)}`, now);
      expect(ticket.decision).toEqual({ allowed: true });
      await settleAttempt(ticket, false);
    }
    const next = await openAttempt("another@example.org", "2001:db8:5:6:abcd::99", now);
    expect(next.decision).toMatchObject({ allowed: false, by: "ip" });
    expect((await openAttempt("another@example.org", "2001:db8:5:7::1", now)).decision).toEqual({ allowed: true });
    // IPv4 addresses stay apart.
    expect((await openAttempt("v4@example.org", "203.0.113.9", now)).decision).toEqual({ allowed: true });
  });
});
