// Issue 16, item 1: one client-address rule (TRUSTED_PROXY_HOPS).
import { afterEach, describe, expect, it } from "vitest";
import { clientIp, markPeerCaptureInstalled, PEER_HEADER, trustedProxyHops } from "./request-meta";

const KEY = Symbol.for("fusion-atlas.peer-capture");
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe("client address", () => {
  it("reads TRUSTED_PROXY_HOPS, defaulting to 0 for missing or bad values", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "two" })).toBe(0);
  });

  it("with 0 hops uses the socket's address and ignores whatever X-Forwarded-For the client sent", () => {
    markPeerCaptureInstalled();
    const spoofed = (xff: string) => new Headers({ "x-forwarded-for": xff, [PEER_HEADER]: "::ffff:198.51.100.9" });
    for (const xff of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "::1"]) expect(clientIp(spoofed(xff), 0)).toBe("198.51.100.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });

  it("with N hops takes the Nth address from the right (the leftmost when there are fewer)", () => {
    markPeerCaptureInstalled();
    const h = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.1", [PEER_HEADER]: "10.0.0.2" });
    expect(clientIp(h, 1)).toBe("10.0.0.1");
    expect(clientIp(h, 2)).toBe("203.0.113.5");
    expect(clientIp(h, 3)).toBe("6.6.6.6");
    expect(clientIp(h, 5)).toBe("6.6.6.6");
    expect(clientIp(new Headers({ [PEER_HEADER]: "10.0.0.2" }), 2)).toBe("10.0.0.2");
  });
});
