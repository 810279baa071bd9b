// The proxy's matcher, compiled the way Next.js compiles it at build time and tested the way its server tests a
// request (the path as sent, then decoded): which requests run the proxy at all. Next.js reads the matcher from
// proxy.ts's source without running it, and so does this test (the proxy's imports need Next.js's runtime).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";

// Exported by the module, not by its type declarations.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: { basePath: string; i18n: null }) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};

const source = fs.readFileSync(path.join(__dirname, "proxy.ts"), "utf8");
const literal = /matcher:\s*(\[\s*"(?:[^"\\]|\\.)*"\s*\])/.exec(source)?.[1];
if (!literal) throw new Error("proxy.ts: no matcher of one string literal found in its config");
const matchers = getMiddlewareMatchers(JSON.parse(literal) as string[], { basePath: "", i18n: null });
const match = getMiddlewareRouteMatcher(matchers);

/** As next-server does: the proxy runs when the raw path or its decoded form matches. */
function runsProxy(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // not decodable: only the raw path is tested
  }
  const req = { headers: {} } as Parameters<typeof match>[1];
  return match(url, req, {}) || match(decoded, req, {});
}

describe("the proxy's matcher", () => {
  it("runs the proxy on every page, with or without a locale prefix", () => {
    for (const p of ["/", "/en", "/zh", "/en/explore", "/en/use-cases/medical-image-analysis", "/en/reference-page", "/xx/whatever", "/en/admin", "/zh/admin/use-case/1/history"]) {
      expect(runsProxy(p), p).toBe(true);
    }
  });

  it("skips Next.js's assets and root files with an extension", () => {
    for (const p of ["/_next/static/chunks/app.js", "/_next/image", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/en/feed.xml", "/api/v1/openapi.json"]) {
      expect(runsProxy(p), p).toBe(false);
    }
  });

  it("skips the read API and the health check when their path has no percent sign", () => {
    for (const p of ["/api/v1/use-cases", "/api/v1/use-cases/risk-control", "/api/v1/domains", "/api/v1/fusion-map", "/api/health"]) {
      expect(runsProxy(p), p).toBe(false);
    }
  });

  it("still checks the encoding of any API path with a percent sign, decodable or not", () => {
    for (const p of ["/api/v1/use-cases/%FF%FE", "/api/v1/use-cases/%E4%B8", "/api/v1/use-cases/%C3%A9", "/api/v1/%2e%2e%2f", "/api/health%20"]) {
      expect(runsProxy(p), p).toBe(true);
    }
  });

  it("keeps the proxy (and its body cut) on the admin, auth and suggestion APIs", () => {
    for (const p of ["/api/admin/import", "/api/admin/entries/use-case/1", "/api/auth/sign-in/email", "/api/suggestions", "/api/healthz", "/api/v2/x"]) {
      expect(runsProxy(p), p).toBe(true);
    }
  });
});
