// Issue 16, item 4: warn at start-up when APP_URL names another host or port than the one being served.
import { describe, expect, it } from "vitest";
import { appUrlWarning } from "./lib/app-url-warning.mjs";

describe("APP_URL start-up warning", () => {
  it("is silent when APP_URL matches what is served, or a proxy is declared", () => {
    expect(appUrlWarning({ appUrl: "http://localhost:3000", hostname: "0.0.0.0", port: "3000", proxyHops: 0 })).toBeNull();
    expect(appUrlWarning({ appUrl: "http://127.0.0.1:3000", hostname: "localhost", port: 3000, proxyHops: 0 })).toBeNull();
    expect(appUrlWarning({ appUrl: "https://atlas.example.org", hostname: "0.0.0.0", port: "3000", proxyHops: 1 })).toBeNull();
    expect(appUrlWarning({ appUrl: "http://atlas.lan", hostname: "0.0.0.0", port: "80", proxyHops: 0 })).toBeNull();
  });

  it("names the port or host that differs", () => {
    expect(appUrlWarning({ appUrl: "http://localhost:3000", hostname: "0.0.0.0", port: "3300", proxyHops: 0 })).toMatch(/port 3000, but the server listens on port 3300/);
    expect(appUrlWarning({ appUrl: "https://atlas.example.org", hostname: "0.0.0.0", port: "3000", proxyHops: 0 })).toMatch(/port 443/);
    expect(appUrlWarning({ appUrl: "http://atlas.lan:3000", hostname: "127.0.0.1", port: "3000", proxyHops: 0 })).toMatch(/host atlas\.lan, but the server listens on 127\.0\.0\.1 only/);
  });
});
