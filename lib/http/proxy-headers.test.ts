import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { refuseLongUrl, withPageHeaders } from "./proxy-headers";

const request = (url: string) => new NextRequest(new URL(url, "http://127.0.0.1:3000"), { headers: { accept: "text/html" } });

afterEach(() => vi.unstubAllEnvs());

describe("proxy page headers", () => {
  it("gives a page rendered per request a fresh nonce policy, and Next.js the same policy to mark its scripts", () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const response = withPageHeaders(request("/en/admin/audit"), NextResponse.next());
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'/);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toContain("content-security-policy");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("link")).toBeNull();
    const other = withPageHeaders(request("/en/admin/audit"), NextResponse.next());
    expect(other.headers.get("content-security-policy")).not.toBe(policy);
  });

  it("leaves cached pages' policy to the cache handler, and keeps a policy already there", () => {
    vi.stubEnv("APP_URL", "https://atlas.example.org");
    const cached = withPageHeaders(request("/zh/use-cases/risk-control"), NextResponse.next());
    expect(cached.headers.get("content-security-policy")).toBeNull();
    expect(cached.headers.get("x-middleware-request-content-security-policy")).toBeNull();
    expect(cached.headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(cached.headers.get("link")).toContain(`<https://atlas.example.org/en/use-cases/risk-control>; rel="alternate"; hreflang="x-default"`);
    const fromCache = new NextResponse("<html></html>", { headers: { "content-security-policy": "default-src 'self'; script-src 'self' 'nonce-abc'" } });
    expect(withPageHeaders(request("/en/explore?domain=finance"), fromCache).headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self' 'nonce-abc'");
  });

  it("answers over-long page URLs with 414", async () => {
    expect(refuseLongUrl(request("/en/explore?technique=nlp"))).toBeNull();
    const refused = refuseLongUrl(request(`/en/${"a".repeat(2000)}`));
    expect(refused?.status).toBe(414);
    expect(await refused?.text()).toMatch(/longer than 1024/);
  });
});
