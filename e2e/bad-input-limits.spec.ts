import { expect, test, type APIRequestContext } from "@playwright/test";

// Issue #16, the public side of "cheap load from one client" and "headers and caching": over-long URLs, the
// explorer's page cache (its key and its internal bypass), the OG image cache, and shared-cache lifetimes. Several
// hundred hostile requests, none of which may get a 5xx.

const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

async function get(request: APIRequestContext, url: string, headers: Record<string, string> = HTML) {
  const res = await request.get(url, { headers, failOnStatusCode: false, maxRedirects: 0 });
  expect(res.status(), `GET ${url.slice(0, 120)}`).toBeLessThan(500);
  return res;
}

/** Loads a page until the explorer's cache has kept it (the very first request may come before the app knows the catalog version). */
async function warm(request: APIRequestContext, url: string) {
  for (let i = 0; i < 5; i++) {
    const res = await get(request, url);
    if (res.headers()["x-fusion-atlas-cache"] === "HIT") return;
  }
}

test.describe("limits on what one client can make the server do", () => {
  test.describe.configure({ timeout: 300_000 });

  test("over-long page URLs get 414 (and never a 46 kB Link header); the API still names the bad parameter", async ({ request }) => {
    let count = 0;
    for (const base of ["/en", "/en/explore", "/zh/use-cases/medical-image-analysis", "/xx", "/en/lab"]) {
      for (const path of [`${base}/${"a".repeat(2_000)}`, `${base}/${"%E5%8C%BB".repeat(1_000)}`, `${base}?q=${"x".repeat(9_000)}`, `${base}?${"technique=nlp&".repeat(1_000)}`, `${base}/${"a".repeat(15_000)}`]) {
        const res = await get(request, path);
        // Node.js itself refuses request lines over its 16 kB header limit (431) before the app sees them.
        expect(res.status(), path.slice(0, 60)).toBe(path.length > 16_000 ? 431 : 414);
        expect(res.headers()["link"] ?? "").toBe("");
        count++;
      }
    }
    // Short enough: the page answers, with a Link header a proxy with 16 kB header limits passes.
    const ok = await get(request, `/en/${"a".repeat(1_000)}`);
    expect(ok.status()).toBe(404);
    expect((ok.headers()["link"] ?? "").length).toBeLessThan(16 * 1024);
    // A lab link with its CSV (2,000 characters, percent-encoded) is a normal page load.
    expect((await get(request, `/en/lab?csv=${encodeURIComponent("1,2\n".repeat(500))}`)).status()).toBe(200);
    // The read API keeps its contract: 400 naming the parameter.
    const api = await get(request, `/api/v1/use-cases?q=${"x".repeat(10_000)}`, { accept: "application/json" });
    expect(api.status()).toBe(400);
    expect(((await api.json()) as { error: { param: string } }).error.param).toBe("q");
    expect(count).toBe(25);
  });

  test("the explorer's page cache keys on the query as the page reads it", async ({ request }) => {
    const first = "/en/explore?domain=education&technique=nlp&sort=updated";
    await warm(request, first);
    // Other spellings of the same query: order, repeats, defaults spelt out, unknown parameters.
    for (const spelling of [
      "/en/explore?technique=nlp&domain=education&sort=updated",
      "/en/explore?technique=nlp&technique=nlp&domain=education&domain=education&sort=updated",
      "/en/explore?sort=updated&page=1&pageSize=24&domain=education&technique=nlp&utm_source=mail",
    ]) {
      expect((await get(request, spelling)).headers()["x-fusion-atlas-cache"], spelling).toBe("HIT");
    }
    // 1,000 repeats of a value (beyond the API's limit of 100 per facet) fit the URL cap only when short; what the
    // page refuses it warns about, and repeated loads of it are one cached page, not a render each.
    const over = `/en/explore?${"technique=x&".repeat(150)}domain=finance`;
    await warm(request, over);
    const again = await get(request, over);
    expect(again.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    expect(await again.text()).toContain("At most 100 technique values are allowed.");
    const reordered = await get(request, `/en/explore?domain=finance&${"technique=x&".repeat(150)}`);
    expect(reordered.headers()["x-fusion-atlas-cache"]).toBe("HIT");
  });

  test("the cache's internal render header means nothing from outside", async ({ request }) => {
    const url = "/en/explore?domain=finance&technique=nlp";
    await warm(request, url);
    let count = 0;
    for (const value of ["1", "true", "", "x".repeat(32), "0", "yes", "render", "1, 1"]) {
      const res = await get(request, url, { ...HTML, "x-fusion-atlas-render": value });
      expect(res.status()).toBe(200);
      expect(res.headers()["x-fusion-atlas-cache"], `x-fusion-atlas-render: ${value}`).toBe("HIT");
      count++;
    }
    expect(count).toBe(8);
  });

  test("OG images are rendered once per use case and locale, whatever the query string", async ({ request }) => {
    const path = "/en/use-cases/risk-control/opengraph-image";
    const first = await get(request, `${path}?v=0`, { accept: "image/png" });
    expect(first.status()).toBe(200);
    const body = await first.body();
    for (let i = 1; i <= 40; i++) {
      const res = await get(request, `${path}?v=${i}&${"x".repeat(i * 10)}=1`, { accept: "image/png" });
      expect(res.status()).toBe(200);
      expect(res.headers()["x-fusion-atlas-cache"], `?v=${i}`).toBe("HIT");
      if (i % 10 === 0) expect((await res.body()).equals(body)).toBe(true);
    }
    // The other locale is its own card.
    const zh = await get(request, "/zh/use-cases/risk-control/opengraph-image?v=1", { accept: "image/png" });
    expect(zh.status()).toBe(200);
    expect((await zh.body()).equals(body)).toBe(false);
    expect((await get(request, "/en/use-cases/no-such-case/opengraph-image?v=1", { accept: "image/png" })).status()).toBe(404);
  });

  test("no response lets a shared cache keep a page for more than a day; 404s are not kept at all", async ({ request }) => {
    const pages = ["/en", "/zh", "/en/about", "/en/domains", "/en/domains/finance", "/en/techniques", "/en/techniques/nlp", "/en/use-cases/risk-control", "/en/fusion", "/en/fusion-map", "/en/lab", "/en/faq", "/en/resources", "/en/challenges", "/en/explore", "/en/explore?domain=finance", "/en/admin/sign-in", "/en/reference-page"];
    const missing = ["/en/use-cases/no-such-case", "/zh/domains/no-such-domain", "/en/techniques/no-such-technique", "/en/nowhere", "/xx/nowhere", "/en/use-cases/no-such-case/x"];
    let count = 0;
    for (let round = 0; round < 3; round++) {
      // The second and third rounds are answered from the page caches.
      for (const path of pages) {
        const res = await get(request, path);
        expect(res.status(), path).toBe(200);
        const cc = res.headers()["cache-control"] ?? "";
        const sMaxAge = /s-maxage=(\d+)/.exec(cc);
        if (sMaxAge) expect(Number(sMaxAge[1]), `${path}: ${cc}`).toBeLessThanOrEqual(86_400);
        count++;
      }
      for (const path of missing) {
        const res = await get(request, path);
        expect(res.status(), path).toBe(404);
        expect(res.headers()["cache-control"], path).toContain("no-store");
        expect(res.headers()["cache-control"], path).not.toContain("s-maxage");
        count++;
      }
    }
    expect(count).toBe(72);
  });

  test("hundreds of hostile URLs on every page type: never a 5xx", async ({ request }) => {
    const bases = ["/en", "/en/explore", "/zh/explore", "/en/use-cases/risk-control", "/en/lab", "/en/domains/finance", "/xx/y", "/en/use-cases/risk-control/opengraph-image"];
    const queries = [
      `q=${"x".repeat(8_100)}`, `${"domain=finance&".repeat(400)}`, `${"technique=nlp&".repeat(101)}`, "technique=%00", "q=%FF", "page=1e309",
      "sort=relevance&sort=title", `${"a=1&".repeat(1_500)}`, "format=xml", "locale=fr", "csv=%E4%B8", `csv=${"9".repeat(7_000)}`,
      "preset=nope&run=1", "__proto__=1", "constructor[prototype]=1", "page=99999999999", "pageSize=0", "basis=rumour&basis=article",
      "x-fusion-atlas-render=1", "_rsc=1",
    ];
    let count = 0;
    for (const base of bases) {
      for (const q of queries) {
        await get(request, `${base}?${q}`);
        await get(request, `${base}?${q}`, { ...HTML, "x-fusion-atlas-render": "1" });
        count += 2;
      }
    }
    expect(count).toBeGreaterThanOrEqual(300);
  });
});
