import { describe, expect, it } from "vitest";
import {
  createPassMarkers,
  notModified,
  PAGE_RENDER_HEADER,
  pageHeadersToKeep,
  parseStoreBound,
  publicPageKey as keyWithSecret,
  servesPassedAnswer,
  storeDecision,
} from "./public-page-policy";

const SECRET = "0123456789abcdef0123456789abcdef";
const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const publicPageKey = (over: Partial<{ method: string; pathname: string; search: string; headers: Record<string, string> }> = {}) =>
  keyWithSecret({ method: over.method ?? "GET", pathname: over.pathname ?? "/en/about", search: over.search ?? "", headers: new Headers(over.headers ?? { accept: HTML }) }, SECRET);

describe("public page store policy", () => {
  it("keys a browser's page load of a page Next.js caches on its path", () => {
    for (const path of ["/en", "/zh", "/en/about", "/zh/techniques/sigmoid", "/en/use-cases/medical-image-analysis", "/en/lab", "/en/reference-page", "/zh/domains/education"]) {
      expect(publicPageKey({ pathname: path }), path).toBe(path);
    }
    expect(publicPageKey({ method: "HEAD" })).toBe("/en/about");
  });

  it("leaves to Next.js what is rendered per request or depends on the visitor", () => {
    // Pages rendered per request (the explorer has its own cache; the admin and suggestions depend on the visitor).
    for (const path of ["/en/explore", "/en/admin", "/en/admin/use-cases", "/en/suggest", "/en/no-such-section", "/xx/about", "/en/about/", "/"]) {
      expect(publicPageKey({ pathname: path }), path).toBeNull();
    }
    // Not a page: the OG image.
    expect(publicPageKey({ pathname: "/en/use-cases/medical-image-analysis/opengraph-image" })).toBeNull();
    // Not a plain page load.
    expect(publicPageKey({ method: "POST" })).toBeNull();
    expect(publicPageKey({ headers: { accept: "*/*" } })).toBeNull(); // React Server Components payloads
    expect(publicPageKey({ headers: {} })).toBeNull();
    expect(publicPageKey({ headers: { accept: HTML, rsc: "1" } })).toBeNull();
    expect(publicPageKey({ headers: { accept: HTML, "next-action": "abc" } })).toBeNull();
    expect(publicPageKey({ search: "?preset=article&run=1" })).toBeNull();
    expect(publicPageKey({ headers: { accept: HTML, cookie: "NEXT_LOCALE=en; __prerender_bypass=x" } })).toBeNull();
    // The store's own render request (the secret), but not someone merely sending the header.
    expect(publicPageKey({ headers: { accept: HTML, [PAGE_RENDER_HEADER]: SECRET } })).toBeNull();
    expect(publicPageKey({ headers: { accept: HTML, [PAGE_RENDER_HEADER]: "guess" } })).toBe("/en/about");
    // Cookies other than draft mode (the locale cookie, a session) do not change a cached page.
    expect(publicPageKey({ headers: { accept: HTML, cookie: "NEXT_LOCALE=zh; better-auth.session_token=x" } })).toBe("/en/about");
  });

  it("keeps only complete HTML pages that Next.js answered from or into its page cache", () => {
    const h = (headers: Record<string, string>) => new Headers(headers);
    expect(storeDecision(200, h({ "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT" }))).toBe("keep");
    expect(storeDecision(200, h({ "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "MISS" }))).toBe("keep");
    expect(storeDecision(200, h({ "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "STALE" }))).toBe("pass");
    expect(storeDecision(200, h({ "content-type": "text/html; charset=utf-8" }))).toBe("pass"); // rendered per request
    expect(storeDecision(404, h({ "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT" }))).toBe("pass");
    expect(storeDecision(307, h({ location: "/en" }))).toBe("pass");
    expect(storeDecision(200, h({ "content-type": "image/png", "x-nextjs-cache": "HIT" }))).toBe("pass");
  });

  it("forgets, rather than remembers, an outage answer or a server failure (review C1)", () => {
    const h = (headers: Record<string, string>) => new Headers(headers);
    // The outage path's answer: Next.js's cached page, marked stale. Kept, it would be served marked after recovery.
    expect(storeDecision(200, h({ "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT", "x-fusion-atlas-stale": "primary-unreachable" }))).toBe("forget");
    // The outage path's 503 page, and any other failure: remembered as "pass", the page would skip the store until an edit.
    expect(storeDecision(503, h({ "content-type": "text/html; charset=utf-8", "x-fusion-atlas-stale": "primary-unreachable" }))).toBe("forget");
    expect(storeDecision(500, h({ "content-type": "text/html; charset=utf-8" }))).toBe("forget");
    expect(storeDecision(502, h({}))).toBe("forget");
  });

  it("repeats the page's own headers and its ETag, not those of the connection or Next.js's internals", () => {
    const kept = pageHeadersToKeep([
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Security-Policy", "script-src 'self' 'sha256-abc'"],
      ["Cache-Control", "public, max-age=0, s-maxage=60, stale-while-revalidate=60"],
      ["Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding"],
      ["ETag", '"abc123"'],
      ["Set-Cookie", "NEXT_LOCALE=en"],
      ["Date", "x"],
      ["Content-Length", "123"],
      ["x-nextjs-cache", "HIT"],
      ["x-nextjs-prerender", "1"],
      ["x-middleware-next", "1"],
      ["link", "<x>"],
      ["X-Request-Id", "the render request's id"],
    ]);
    expect(Object.fromEntries(kept)).toEqual({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "script-src 'self' 'sha256-abc'",
      "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=60",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
      etag: '"abc123"',
    });
  });

  it("answers 304 when If-None-Match names the page's ETag", () => {
    expect(notModified('"abc"', '"abc"')).toBe(true);
    expect(notModified('W/"abc"', '"abc"')).toBe(true);
    expect(notModified('"x", "abc"', '"abc"')).toBe(true);
    expect(notModified("*", '"abc"')).toBe(true);
    expect(notModified('"x"', '"abc"')).toBe(false);
    expect(notModified(null, '"abc"')).toBe(false);
    expect(notModified('"abc"', undefined)).toBe(false);
  });

  it("answers a miss with its own render of a 404 Next.js caches, and nothing else that passes (review C2)", () => {
    const h = (headers: Record<string, string>) => new Headers(headers);
    const html = { "content-type": "text/html; charset=utf-8" };
    expect(servesPassedAnswer(404, h({ ...html, "x-nextjs-cache": "HIT" }))).toBe(true);
    expect(servesPassedAnswer(404, h({ ...html, "x-nextjs-cache": "MISS" }))).toBe(true);
    expect(servesPassedAnswer(404, h(html))).toBe(false); // rendered per request: Next.js answers the visitor's own
    expect(servesPassedAnswer(404, h({ "content-type": "application/json", "x-nextjs-cache": "HIT" }))).toBe(false);
    expect(servesPassedAnswer(307, h({ location: "/en", "x-nextjs-cache": "HIT" }))).toBe(false);
    expect(servesPassedAnswer(200, h({ ...html, "x-nextjs-cache": "STALE" }))).toBe(false);
    expect(servesPassedAnswer(503, h({ ...html, "x-fusion-atlas-stale": "primary-unreachable" }))).toBe(false);
  });

  it("keeps pass markers per catalog version in a bounded set of their own (review C2)", () => {
    const passes = createPassMarkers(3);
    passes.set("/en/use-cases/a", 7);
    expect(passes.has("/en/use-cases/a", 7)).toBe(true);
    expect(passes.has("/en/use-cases/b", 7)).toBe(false);
    // Another catalog version: the marker no longer holds (and goes).
    expect(passes.has("/en/use-cases/a", 8)).toBe(false);
    expect(passes.size).toBe(0);
    // Bounded by count: the oldest marker goes first; a marker set again is the newest.
    passes.set("/a", 1);
    passes.set("/b", 1);
    passes.set("/c", 1);
    passes.set("/a", 1);
    passes.set("/d", 1);
    expect(passes.size).toBe(3);
    expect(passes.has("/b", 1)).toBe(false);
    expect(["/a", "/c", "/d"].every((k) => passes.has(k, 1))).toBe(true);
    for (let i = 0; i < 1000; i++) passes.set(`/en/use-cases/random-${i}`, 1);
    expect(passes.size).toBe(3);
  });

  it("falls back to the default bound, with a warning, for a value that is not a positive number (review C3)", () => {
    expect(parseStoreBound("PUBLIC_PAGE_STORE_MAX_MB", undefined, 24)).toEqual({ value: 24, warning: null });
    expect(parseStoreBound("PUBLIC_PAGE_STORE_MAX_MB", " ", 24)).toEqual({ value: 24, warning: null });
    expect(parseStoreBound("PUBLIC_PAGE_STORE_MAX_MB", "48", 24)).toEqual({ value: 48, warning: null });
    expect(parseStoreBound("PUBLIC_PAGE_STORE_MAX_MB", "0.5", 24)).toEqual({ value: 0.5, warning: null });
    for (const bad of ["24MB", "abc", "0", "-5", "Infinity", "NaN"]) {
      const parsed = parseStoreBound("PUBLIC_PAGE_STORE_MAX_MB", bad, 24);
      expect(parsed.value, bad).toBe(24);
      expect(parsed.warning, bad).toContain(`PUBLIC_PAGE_STORE_MAX_MB must be a positive number; got "${bad}"`);
    }
  });
});
