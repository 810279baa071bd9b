import { expect, test, type APIResponse } from "@playwright/test";
import { HTML_ACCEPT, untilStoreHit } from "./page-store-support";

// The proxy's public page store (lib/cache/public-page-cache.ts): a browser's page load of a page Next.js keeps in
// its page cache is answered by the proxy from its own copy, with the same headers the page has when Next.js serves
// it (DESIGN.md "Headers"), its ETag and 304, the locale cookie decided per request, and nothing of it for in-app
// navigation, 404s or other paths. (A catalog edit reaching it at once: admin-page-store.spec.ts.)


function expectPageHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(response.status(), label).toBe(200);
  expect(headers["content-type"], label).toContain("text/html");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toMatch(/script-src 'self' ('sha256-[A-Za-z0-9+/=]+' ?)+/);
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["cache-control"], label).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=60");
  expect(headers["vary"] ?? "", label).toContain("rsc");
  expect(headers["link"] ?? "", label).toContain('rel="alternate"; hreflang="x-default"');
  expect(headers["etag"], label).toBeTruthy();
}

test.describe("the proxy's public page store", () => {
  test("answers repeated page loads with the page's own bytes and headers, in both languages", async ({ request }) => {
    for (const path of ["/en", "/zh/about", "/en/techniques/sigmoid", "/zh/use-cases/medical-image-analysis", "/en/reference-page"]) {
      const stored = await untilStoreHit(request, path);
      expectPageHeaders(stored, path);
      const again = await request.get(path, { headers: { accept: HTML_ACCEPT } });
      expect(again.headers()["x-fusion-atlas-cache"], path).toBe("HIT");
      expect(await again.text(), path).toBe(await stored.text());
      expect(await stored.text(), path).toContain(`<html lang="${path.startsWith("/zh") ? "zh" : "en"}"`);
    }
  });

  test("the ETag is answered with a 304, HEAD with the headers alone", async ({ request }) => {
    const stored = await untilStoreHit(request, "/en/about");
    const etag = stored.headers()["etag"]!;
    const notModified = await request.get("/en/about", { headers: { accept: HTML_ACCEPT, "if-none-match": etag } });
    expect(notModified.status()).toBe(304);
    expect(notModified.headers()["etag"]).toBe(etag);
    expect(notModified.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect((await request.get("/en/about", { headers: { accept: HTML_ACCEPT, "if-none-match": '"something-else"' } })).status()).toBe(200);
    const head = await request.head("/en/about", { headers: { accept: HTML_ACCEPT } });
    expect(head.status()).toBe(200);
    expect(head.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    expect(head.headers()["content-security-policy"]).toBe(stored.headers()["content-security-policy"]);
    expect(await head.body()).toHaveLength(0);
  });

  test("the locale cookie follows the visitor's choice as before", async ({ request }) => {
    await untilStoreHit(request, "/zh/faq");
    // A cookie naming the other language is set to the page's; one naming it is left alone.
    const switched = await request.get("/zh/faq", { headers: { accept: HTML_ACCEPT, cookie: "NEXT_LOCALE=en" } });
    expect(switched.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    expect(switched.headers()["set-cookie"] ?? "").toMatch(/NEXT_LOCALE=zh/);
    const same = await request.get("/zh/faq", { headers: { accept: HTML_ACCEPT, cookie: "NEXT_LOCALE=zh" } });
    expect(same.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    expect(same.headers()["set-cookie"]).toBeUndefined();
    // No cookie: set when the page's language is not the one Accept-Language would choose.
    const chosen = await request.get("/zh/faq", { headers: { accept: HTML_ACCEPT, cookie: "", "accept-language": "en-US,en;q=0.9" } });
    expect(chosen.headers()["set-cookie"] ?? "").toMatch(/NEXT_LOCALE=zh/);
  });

  test("in-app navigation, 404s, queries and other pages are not answered from the store", async ({ request }) => {
    await untilStoreHit(request, "/en/about");
    const navigation = await request.get("/en/about", { headers: { RSC: "1", accept: "*/*" } });
    expect(navigation.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    expect(navigation.headers()["content-type"]).toContain("text/x-component");
    for (let i = 0; i < 3; i++) {
      const missing = await request.get("/en/use-cases/no-such-entry", { headers: { accept: HTML_ACCEPT } });
      expect(missing.status()).toBe(404);
      expect(missing.headers()["cache-control"]).toContain("no-store");
      expect(missing.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    }
    const withQuery = await request.get("/en/lab?preset=article", { headers: { accept: HTML_ACCEPT } });
    expect(withQuery.status()).toBe(200);
    expect(withQuery.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    const signIn = await request.get("/en/admin/sign-in", { headers: { accept: HTML_ACCEPT } });
    expect(signIn.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    expect(signIn.headers()["content-security-policy"]).toMatch(/'nonce-/);
  });

  test("a page from the store hydrates and navigates in a browser", async ({ page, request }) => {
    await untilStoreHit(request, "/en/domains/education");
    const response = await page.goto("/en/domains/education");
    expect(response?.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Education/);
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
    await page.getByRole("link", { name: /Switch to Chinese/ }).click();
    await expect(page).toHaveURL(/\/zh\/domains\/education$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  });

  test("a 404 is answered once, with what Next.js answers for it, and many of them leave stored pages stored (review C2)", async ({ request }) => {
    const stored = await untilStoreHit(request, "/en/about");
    // The first load of an unknown entry is answered with the store's render of it, the next ones by Next.js: alike.
    const slug = `no-such-entry-${Date.now()}`;
    const [first, second] = [await request.get(`/en/use-cases/${slug}`, { headers: { accept: HTML_ACCEPT } }), await request.get(`/en/use-cases/${slug}`, { headers: { accept: HTML_ACCEPT } })];
    for (const missing of [first, second]) {
      expect(missing.status()).toBe(404);
      expect(missing.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    }
    for (const name of ["content-type", "cache-control", "content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "link"]) {
      expect(first.headers()[name], name).toBe(second.headers()[name]);
    }
    expect(first.headers()["cache-control"]).toContain("no-store");
    expect(await first.text()).toBe(await second.text());
    const head = await request.head(`/en/use-cases/${slug}-head`, { headers: { accept: HTML_ACCEPT } });
    expect(head.status()).toBe(404);
    expect(await head.body()).toHaveLength(0);
    // More unknown paths than the store has places (PUBLIC_PAGE_STORE_MAX_ENTRIES, 300): the stored page stays.
    for (let n = 0; n < 320; n += 8) {
      await Promise.all(Array.from({ length: 8 }, (_, k) => request.get(`/en/use-cases/${slug}-${n + k}`, { headers: { accept: HTML_ACCEPT } })));
    }
    const again = await request.get("/en/about", { headers: { accept: HTML_ACCEPT } });
    expect(again.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    expect(again.headers()["etag"]).toBe(stored.headers()["etag"]);
  });
});
