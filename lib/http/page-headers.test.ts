import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alternateLinks, forwardRequestHeader, isCachedPagePath, MAX_PATH_LENGTH, MAX_URL_LENGTH, newNonce, urlTooLong } from "./page-headers";

/** The URL patterns of the pages under app/[locale] (route groups dropped, [x] as "x"), each with its source. */
function localePages(): Array<{ url: string; source: string }> {
  const root = path.resolve(__dirname, "../../app/[locale]");
  const out: Array<{ url: string; source: string }> = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) {
        if (entry.name === "page.tsx" || entry.name === "opengraph-image.tsx") {
          const extra = entry.name === "page.tsx" ? [] : ["opengraph-image"];
          out.push({ url: `/en${[...segments, ...extra].map((s) => `/${s}`).join("")}`, source: fs.readFileSync(path.join(dir, entry.name), "utf8") });
        }
        continue;
      }
      const name = entry.name;
      if (name.startsWith("_")) continue;
      const segment = /^\(.*\)$/.test(name) ? null : name.replace(/^\[\.\.\.(.+)\]$/, "catch/all").replace(/^\[(.+)\]$/, "x");
      walk(path.join(dir, name), segment === null ? segments : [...segments, segment]);
    }
  };
  walk(root, []);
  return out;
}

describe("page headers", () => {
  it("knows which pages the page cache keeps: every page under app/[locale] but the per-request ones", () => {
    const pages = localePages();
    expect(pages.length).toBeGreaterThan(15);
    for (const { url, source } of pages) {
      const perRequest = /^\/en\/(admin|explore|catch)(\/|$)/.test(url) || /force-dynamic/.test(source);
      expect(isCachedPagePath(url), url).toBe(!perRequest);
      expect(isCachedPagePath(url.replace(/^\/en/, "/zh")), url).toBe(!perRequest);
    }
    expect(isCachedPagePath("/en/reference-page")).toBe(true);
    for (const p of ["/en/use-cases", "/en/domains/a/b", "/xx/lab", "/en/lab/", "/en/explore", "/en/admin/audit", "/"]) expect(isCachedPagePath(p), p).toBe(false);
  });

  it("refuses over-long paths and URLs", () => {
    expect(urlTooLong("/en/explore", "?q=x")).toBeNull();
    expect(urlTooLong(`/en/${"a".repeat(MAX_PATH_LENGTH)}`, "")).toMatch(/path is longer/);
    expect(urlTooLong("/en/lab", `?csv=${"%2C".repeat(2000)}`)).toBeNull(); // a lab link with its CSV
    expect(urlTooLong("/en/explore", `?${"technique=nlp&".repeat(1000)}`)).toMatch(/URL is longer/);
    expect(urlTooLong("/en/explore", `?${"x".repeat(MAX_URL_LENGTH)}`)).toMatch(/URL is longer/);
  });

  it("builds alternate links from the base URL, x-default on the English page, none for the admin", () => {
    expect(alternateLinks("/zh/use-cases/a", "https://atlas.example.org/")).toBe(
      `<https://atlas.example.org/en/use-cases/a>; rel="alternate"; hreflang="en", <https://atlas.example.org/zh/use-cases/a>; rel="alternate"; hreflang="zh", <https://atlas.example.org/en/use-cases/a>; rel="alternate"; hreflang="x-default"`,
    );
    expect(alternateLinks("/en", "http://h")).toContain(`<http://h/en>; rel="alternate"; hreflang="x-default"`);
    expect(alternateLinks("/en/admin/audit", "http://h")).toBeNull();
    expect(alternateLinks("/xx/foo", "http://h")).toBeNull();
    // The header stays small: at most three times the longest accepted path.
    expect(alternateLinks(`/en/${"a".repeat(MAX_PATH_LENGTH - 4)}`, "http://h")!.length).toBeLessThan(4 * MAX_PATH_LENGTH);
  });

  it("makes fresh nonces", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("forwards a request header, keeping the overrides already written", () => {
    const withList = new Headers({ "x-middleware-override-headers": "accept,x-next-intl-locale", "x-middleware-request-accept": "text/html", "x-middleware-request-x-next-intl-locale": "en" });
    forwardRequestHeader({ headers: withList }, new Headers({ accept: "text/html" }), "Content-Security-Policy", "p");
    expect(withList.get("x-middleware-override-headers")).toBe("accept,x-next-intl-locale,content-security-policy");
    expect(withList.get("x-middleware-request-content-security-policy")).toBe("p");
    const bare = new Headers();
    forwardRequestHeader({ headers: bare }, new Headers({ accept: "text/html", cookie: "a=1" }), "content-security-policy", "p");
    expect(bare.get("x-middleware-override-headers")).toBe("accept,cookie,content-security-policy");
    expect(bare.get("x-middleware-request-cookie")).toBe("a=1");
  });
});
