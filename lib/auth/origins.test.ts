// Issue 16, items 4 and 5: one rule for what is cross-site, for route handlers, sign-in and server actions.
import { describe, expect, it } from "vitest";
import { crossSiteReason, isCrossSiteRequest } from "./origins";

const allowed = ["http://localhost:3000"];

describe("same-origin rule", () => {
  it("accepts an Origin equal to the origin of the host the request was sent to (127.0.0.1, a LAN address)", () => {
    expect(isCrossSiteRequest(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), allowed)).toBe(false);
    expect(isCrossSiteRequest(new Headers({ origin: "http://192.168.1.20:3000", host: "192.168.1.20:3000" }), allowed)).toBe(false);
    expect(isCrossSiteRequest(new Headers({ origin: "http://localhost:3000", host: "10.0.0.1:3000" }), allowed)).toBe(false);
  });

  it("refuses another host, another port, an opaque origin and a non-http scheme", () => {
    expect(isCrossSiteRequest(new Headers({ origin: "http://evil.example", host: "127.0.0.1:3000" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "http://127.0.0.1:4000", host: "127.0.0.1:3000" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "null", host: "127.0.0.1:3000" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "ftp://127.0.0.1:3000", host: "127.0.0.1:3000" }), allowed)).toBe(true);
  });

  it("does not believe X-Forwarded-Host (any client can send it)", () => {
    const h = new Headers({ origin: "https://evil.example", host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
    expect(isCrossSiteRequest(h, allowed)).toBe(true);
  });

  it("refuses a cross-site or same-site Sec-Fetch-Site without Origin, and says why", () => {
    expect(crossSiteReason(new Headers({ "sec-fetch-site": "cross-site" }), allowed)).toMatch(/cross-site request \(Sec-Fetch-Site\)/);
    expect(crossSiteReason(new Headers({ origin: "https://evil.example" }), allowed)).toMatch(/https:\/\/evil\.example.*neither this site's address nor one of its trusted origins/);
    expect(crossSiteReason(new Headers({ "sec-fetch-site": "none" }), allowed)).toBeNull();
  });
});
