import { describe, expect, it } from "vitest";
import { cacheableAnswer, explorerPageKey as keyWithSecret, internalOrigin, isOwnRender, RENDER_HEADER, replayableHeaders } from "./explorer-page-policy";

const SECRET = "0123456789abcdef0123456789abcdef";
const explorerPageKey = (request: Parameters<typeof keyWithSecret>[0]) => keyWithSecret(request, SECRET)?.key ?? null;

const request = (over: Partial<{ method: string; pathname: string; search: string; headers: Record<string, string> }> = {}) => {
  const headers = new Headers(over.headers ?? { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" });
  return { method: over.method ?? "GET", pathname: over.pathname ?? "/en/explore", search: over.search ?? "", headers };
};

describe("explorer page cache policy", () => {
  it("keys plain page loads of the explorer on the path and the query as the page reads it", () => {
    expect(explorerPageKey(request())).toBe("/en/explore");
    expect(explorerPageKey(request({ search: "?" }))).toBe("/en/explore");
    expect(explorerPageKey(request({ pathname: "/zh/explore", search: "?technique=nlp&q=%E5%8C%BB" }))).toBe("/zh/explore?technique=nlp&q=%E5%8C%BB");
    // Parameter order, repeats, spelt-out defaults and unknown parameters make no new entries.
    const one = explorerPageKey(request({ search: "?domain=finance&technique=nlp" }));
    for (const search of ["?technique=nlp&domain=finance", "?technique=nlp&technique=nlp&domain=finance", "?domain=finance&technique=nlp&sort=title&page=1&utm_source=x"]) {
      expect(explorerPageKey(request({ search })), search).toBe(one);
    }
    // A query the page refuses part of (it warns about it) has a key of its own and is rendered as sent.
    const many = `?${"technique=nlp&".repeat(1000)}domain=finance`;
    const refused = keyWithSecret(request({ search: many }), SECRET)!;
    expect(refused.key).toMatch(/^\/en\/explore\?domain=finance#.*technique/);
    expect(refused.key.length).toBeLessThan(300);
    expect(refused.render).toBe(`/en/explore${many}`);
    expect(keyWithSecret(request({ search: "?technique=nlp&technique=computer-vision" }), SECRET)?.render).toBe("/en/explore?technique=nlp&technique=computer-vision");
  });

  it("lets only its own render requests through, by the per-process secret", () => {
    expect(explorerPageKey(request({ headers: { accept: "text/html", [RENDER_HEADER]: SECRET } }))).toBeNull();
    for (const value of ["1", "", SECRET.slice(1), `${SECRET}x`, SECRET.toUpperCase()]) {
      expect(explorerPageKey(request({ headers: { accept: "text/html", [RENDER_HEADER]: value } })), value).toBe("/en/explore");
    }
    expect(isOwnRender(SECRET, SECRET)).toBe(true);
    expect(isOwnRender("short", "short")).toBe(false);
    expect(isOwnRender(null, SECRET)).toBe(false);
  });

  it("leaves everything else to Next.js", () => {
    expect(explorerPageKey(request({ method: "HEAD" }))).toBeNull();
    expect(explorerPageKey(request({ method: "POST" }))).toBeNull();
    for (const pathname of ["/en/explorer", "/en/explore/x", "/fr/explore", "/explore", "/en/use-cases/x", "/api/v1/use-cases"]) {
      expect(explorerPageKey(request({ pathname }))).toBeNull();
    }
    for (const h of ["RSC", "Next-Router-Prefetch", "Next-Router-State-Tree", "Next-Router-Segment-Prefetch", "Next-Action", "Next-Url"]) {
      expect(explorerPageKey(request({ headers: { accept: "text/html", [h]: "1" } }))).toBeNull();
    }
    // The router's payload requests (and clients that do not ask for HTML) are rendered.
    expect(explorerPageKey(request({ headers: { accept: "*/*" } }))).toBeNull();
    expect(explorerPageKey(request({ headers: {} }))).toBeNull();
    expect(explorerPageKey(request({ headers: { accept: "text/x-component" } }))).toBeNull();
  });

  it("replays content headers, never cookies, per-response or Next.js-internal ones", () => {
    const kept = replayableHeaders(
      new Headers({
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
        Vary: "rsc, Accept-Encoding",
        "Set-Cookie": "NEXT_LOCALE=en",
        Date: "x",
        "Content-Length": "12",
        "Content-Encoding": "gzip",
        "X-Middleware-Rewrite": "/x",
        "X-Nextjs-Cache": "MISS",
        Link: "<x>; rel=alternate",
        "X-Frame-Options": "DENY",
        "X-Request-Id": "the render request's id",
      }).entries(),
    );
    expect(Object.fromEntries(kept)).toEqual({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      vary: "rsc, Accept-Encoding",
      "x-frame-options": "DENY",
    });
  });

  it("keeps only complete HTML pages", () => {
    expect(cacheableAnswer(200, "text/html; charset=utf-8")).toBe(true);
    expect(cacheableAnswer(404, "text/html")).toBe(false);
    expect(cacheableAnswer(500, "text/html")).toBe(false);
    expect(cacheableAnswer(200, "text/x-component")).toBe(false);
    expect(cacheableAnswer(200, null)).toBe(false);
  });

  it("finds the server's own address", () => {
    expect(internalOrigin({ PORT: "3100" })).toBe("http://127.0.0.1:3100");
    expect(internalOrigin({})).toBe("http://127.0.0.1:3000");
    expect(internalOrigin({ INTERNAL_ORIGIN: "http://10.0.0.5:8080/", PORT: "1" })).toBe("http://10.0.0.5:8080");
  });
});
