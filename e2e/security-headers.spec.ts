import { expect, test, type Page, type Response } from "@playwright/test";

// DESIGN.md "Headers": every HTML page carries a Content-Security-Policy (frame-ancestors 'none', no unsafe-eval),
// nosniff and a Referrer-Policy; no s-maxage over a day; 404s are no-store. And the policy must fit the app: no CSP
// violation is reported on any page type, the lab's Web Worker, KaTeX's fonts and the OG image included.

const PAGES: Array<{ path: string; status: number; label: string }> = [
  { path: "/en", status: 200, label: "home" },
  { path: "/zh", status: 200, label: "home (zh)" },
  { path: "/en/about", status: 200, label: "about" },
  { path: "/en/domains", status: 200, label: "domain list" },
  { path: "/zh/domains/education", status: 200, label: "domain" },
  { path: "/en/techniques", status: 200, label: "technique list" },
  { path: "/en/techniques/deep-learning", status: 200, label: "technique" },
  { path: "/en/lab", status: 200, label: "lab" },
  { path: "/en/use-cases/medical-image-analysis", status: 200, label: "use case" },
  { path: "/en/fusion", status: 200, label: "fusion" },
  { path: "/en/fusion-map", status: 200, label: "fusion map" },
  { path: "/en/challenges", status: 200, label: "challenges" },
  { path: "/en/resources", status: 200, label: "resources" },
  { path: "/en/faq", status: 200, label: "FAQ" },
  { path: "/en/explore?technique=nlp&domain=healthcare", status: 200, label: "explorer (rendered)" },
  { path: "/en/explore?technique=nlp&domain=healthcare", status: 200, label: "explorer (from its page cache)" },
  { path: "/en/admin/sign-in", status: 200, label: "sign-in" },
  { path: "/en/use-cases/no-such-entry", status: 404, label: "404 of a cached page" },
  { path: "/en/no-such-section", status: 404, label: "404 under a locale" },
  { path: "/xx/no-such-page", status: 404, label: "404 of an unknown prefix" },
];

/** Collects CSP violations as the page reports them (console and the securitypolicyviolation event). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

function expectSecurityHeaders(response: Response, label: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${label}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${label}: CSP`).toMatch(/script-src 'self' ('nonce-[A-Za-z0-9+/=]+'|('sha256-[A-Za-z0-9+/=]+' ?)+)/);
  expect(csp, `${label}: no unsafe-eval`).not.toContain("unsafe-eval");
  expect(csp.split(/;\s*/).find((d) => d.startsWith("script-src")), `${label}: no inline scripts without a hash`).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"], `${label}: nosniff`).toBe("nosniff");
  expect(headers["referrer-policy"], `${label}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  const cacheControl = headers["cache-control"] ?? "";
  const sMaxAge = /s-maxage=(\d+)/.exec(cacheControl);
  if (sMaxAge) expect(Number(sMaxAge[1]), `${label}: s-maxage`).toBeLessThanOrEqual(86_400);
  if (response.status() === 404) expect(cacheControl, `${label}: 404 cache-control`).toContain("no-store");
}

test.describe("security headers and the Content-Security-Policy", () => {
  test("every page type carries the headers and reports no CSP violation", async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await watchViolations(page);
    for (const { path, status, label } of PAGES) {
      const response = await page.goto(path);
      expect(response, label).not.toBeNull();
      expect(response!.status(), label).toBe(status);
      expectSecurityHeaders(response!, label);
      // The app hydrated under the policy (its scripts ran): Next.js's router is there.
      await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next), { message: label }).toBe("object");
    }
    expect(violations).toEqual([]);
  });

  test("the lab's worker trains, and KaTeX's fonts load, under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/en/lab?preset=article&run=1");
    expectSecurityHeaders(response!, "lab");
    await expect(page.getByText("Finished after 100 epochs.")).toBeVisible();
    // The lab's formulas are typeset by KaTeX, in its web fonts.
    await expect(page.locator(".katex").first()).toBeVisible();
    await expect.poll(() => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes("KaTeX") && f.status === "loaded")))).toBe(true);
    expect(violations).toEqual([]);
  });

  test("client-side navigation and explorer filtering keep working under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/en/explore");
    await page.getByRole("checkbox", { name: /Healthcare/ }).first().check();
    await expect(page).toHaveURL(/domain=healthcare/);
    await page.goto("/en");
    await page.getByRole("link", { name: /Explore/ }).first().click();
    await expect(page).toHaveURL(/\/en\/explore/);
    expect(violations).toEqual([]);
  });

  test("the OG image of a use case is served, cacheable for at most a day", async ({ request }) => {
    const res = await request.get("/en/use-cases/medical-image-analysis/opengraph-image");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    const sMaxAge = /s-maxage=(\d+)/.exec(res.headers()["cache-control"] ?? "");
    if (sMaxAge) expect(Number(sMaxAge[1])).toBeLessThanOrEqual(86_400);
  });

  test("alternate-language links point at real pages under APP_URL", async ({ request, baseURL }) => {
    const res = await request.get("/en/use-cases/medical-image-analysis", { headers: { accept: "text/html" } });
    const link = res.headers()["link"] ?? "";
    const urls = [...link.matchAll(/<([^>]+)>; rel="alternate"; hreflang="([^"]+)"/g)].map((m) => ({ url: m[1], lang: m[2] }));
    expect(urls.map((u) => u.lang).sort()).toEqual(["en", "x-default", "zh"]);
    for (const { url } of urls) {
      expect(url.startsWith(baseURL!.replace("127.0.0.1", "localhost"))).toBe(true);
      const target = await request.get(new URL(url).pathname, { headers: { accept: "text/html" } });
      expect(target.status(), url).toBe(200);
    }
  });
});
