import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, decoratePageValue, inlineScriptHashes, isHttpsAppUrl, pageCacheControl } from "./security-headers.mjs";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("content security policy", () => {
  it("allows scripts only from the app and the given sources; never eval; no framing", () => {
    const csp = contentSecurityPolicy(["'nonce-abc'"]);
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives["script-src"]).toBe("script-src 'self' 'nonce-abc'");
    expect(directives["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(directives["object-src"]).toBe("object-src 'none'");
    expect(directives["worker-src"]).toContain("'self'");
    expect(directives["font-src"]).toContain("'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy([], { https: true })).toContain("upgrade-insecure-requests");
  });

  it("hashes exactly the inline scripts a browser would run", () => {
    const html = [
      `<script src="/_next/static/chunks/a.js" async=""></script>`,
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script id="_R_">globalThis.x=1</script>`,
      `<script type="application/ld+json">{"@type":"Thing"}</script>`,
      `<script nonce="n">self.__next_f.push([1,"医"])</script>`,
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("(self.__next_f=self.__next_f||[]).push([0])"), sha("globalThis.x=1"), sha(`self.__next_f.push([1,"医"])`)]);
    expect(inlineScriptHashes("<p>no scripts</p>")).toEqual([]);
  });

  it("decorates a cached page with its own policy and a short shared lifetime; 404s are no-store", () => {
    const page = decoratePageValue({ kind: "APP_PAGE", html: "<script>a()</script>", headers: { "x-next-cache-tags": "t", "Cache-Control": "s-maxage=31536000" }, status: 200 }, {});
    expect(page.headers).toEqual({
      "x-next-cache-tags": "t",
      "content-security-policy": contentSecurityPolicy([sha("a()")]),
      "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=60",
    });
    const missing = decoratePageValue({ kind: "APP_PAGE", html: "", status: 404 } as { kind: string; html: string; status: number; headers?: Record<string, string> }, {});
    expect(missing.headers?.["cache-control"]).toBe("no-store");
    // Other cache kinds (route handlers, fetches) are left alone.
    const route = { kind: "APP_ROUTE", body: "x", headers: {} };
    expect(decoratePageValue(route, {})).toEqual({ kind: "APP_ROUTE", body: "x", headers: {} });
  });

  it("keeps shared caches to at most a minute for pages and out of 404s and errors", () => {
    expect(pageCacheControl(200)).toMatch(/s-maxage=60\b/);
    expect(pageCacheControl(undefined)).toMatch(/s-maxage=60\b/);
    expect(pageCacheControl(404)).toBe("no-store");
    expect(pageCacheControl(500)).toBe("no-store");
  });

  it("knows https base URLs", () => {
    expect(isHttpsAppUrl("https://atlas.example.org")).toBe(true);
    expect(isHttpsAppUrl("http://localhost:3000")).toBe(false);
    expect(isHttpsAppUrl(undefined)).toBe(false);
  });
});
