import { expect, test, type Page } from "@playwright/test";

// Issue 13: KaTeX's stylesheet (and its fonts) is loaded only by pages whose content has typeset maths. It is served
// at /katex/{version}/katex.css, cacheable forever; pages without maths request nothing of it, and no route's own CSS
// carries it.

const STYLESHEET = /\/katex\/[^/]+\/katex\.css$/;

/** Every stylesheet and font the page requests, and the CSP violations it reports. */
async function watch(page: Page) {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => {
    if (["stylesheet", "font"].includes(r.resourceType())) requests.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction("__katexCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __katexCspViolation: (t: string) => void }).__katexCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { requests, violations };
}

/** The text of every stylesheet the document uses (all are same-origin). */
function stylesheetTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join("\n")));
}

const WITH_MATHS = [
  { path: "/en/techniques/sigmoid", h1: /Sigmoid/ },
  { path: "/zh/techniques/sigmoid", h1: /Sigmoid/ },
  { path: "/en/techniques/mse", h1: /MSE|squared/i },
  { path: "/zh/techniques/mse", h1: /均方误差|MSE/ },
];

const WITHOUT_MATHS = ["/en/faq", "/zh/faq", "/en/use-cases/medical-image-analysis", "/zh/use-cases/medical-image-analysis", "/en/techniques/nlp", "/en/resources"];

test.describe("KaTeX's stylesheet only on pages that have maths", () => {
  for (const { path, h1 } of WITH_MATHS) {
    test(`${path} links it once and its formulas are set in KaTeX's fonts`, async ({ page }) => {
      const { requests, violations } = await watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      await expect(page.locator('head link[rel="stylesheet"][href*="/katex/"]')).toHaveCount(1);
      const formula = page.locator(".katex").first();
      await expect(formula).toBeVisible();
      expect(await formula.evaluate((e) => getComputedStyle(e).fontFamily)).toContain("KaTeX_Main");
      // KaTeX's own layout rules apply: the HTML rendering shows, the MathML copy is visually hidden.
      expect(await page.locator(".katex .katex-mathml").first().evaluate((e) => getComputedStyle(e).position)).toBe("absolute");
      await expect
        .poll(() => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes("KaTeX") && f.status === "loaded"))))
        .toBe(true);
      expect(requests.filter((u) => STYLESHEET.test(u))).toHaveLength(1);
      expect(requests.some((u) => /\/katex\/[^/]+\/fonts\/KaTeX_[\w-]+\.woff2$/.test(u))).toBe(true);
      expect(violations).toEqual([]);
    });
  }

  for (const path of WITHOUT_MATHS) {
    test(`${path} neither links the stylesheet nor applies it, and loads no KaTeX font`, async ({ page, request }) => {
      // The page as served: no link to KaTeX's stylesheet.
      const html = await (await request.get(path, { headers: { accept: "text/html" } })).text();
      expect(html).not.toMatch(/\/katex\/[^"\\]*katex\.css/);
      const { requests, violations } = await watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expect(page.locator('link[rel="stylesheet"][href*="/katex/"]')).toHaveCount(0);
      await expect(page.locator(".katex")).toHaveCount(0);
      // Nor is it bundled into the route's own CSS any more.
      for (const css of await stylesheetTexts(page)) expect(css).not.toContain("KaTeX_Main");
      expect(requests.filter((u) => /\/katex\/.*\/fonts\//.test(u))).toEqual([]);
      // The router prefetches the pages the navigation links to (the lab, the article), and React preloads (never
      // applies) the stylesheet those pages link: a low-priority fetch of a file cached forever, nothing more.
      const preloaded = await page.locator('link[href*="/katex/"]').evaluateAll((links) => links.map((l) => `${l.getAttribute("rel")} ${l.getAttribute("as")}`));
      for (const p of preloaded) expect(p).toBe("preload style");
      expect(violations).toEqual([]);
    });
  }

  test("navigating in the app from a page without maths to one with maths brings the stylesheet along", async ({ page }) => {
    const { violations } = await watch(page);
    await page.goto("/en/techniques");
    // Not applied here; the router's prefetch of linked pages may only preload it (see above).
    await expect(page.locator('link[rel="stylesheet"][href*="/katex/"]')).toHaveCount(0);
    await page.getByRole("link", { name: /^Sigmoid/ }).first().click();
    await expect(page).toHaveURL(/\/en\/techniques\/sigmoid$/);
    const formula = page.locator(".katex").first();
    await expect(formula).toBeVisible();
    await expect.poll(() => formula.evaluate((e) => getComputedStyle(e).fontFamily)).toContain("KaTeX_Main");
    await expect(page.locator('link[rel="stylesheet"][href*="/katex/"]')).toHaveCount(1);
    expect(violations).toEqual([]);
  });

  test("the stylesheet and its fonts are cacheable forever under a versioned URL; anything else is a 404", async ({ page, request }) => {
    await page.goto("/en/techniques/sigmoid");
    const href = await page.locator('head link[rel="stylesheet"][href*="/katex/"]').getAttribute("href");
    expect(href).toMatch(STYLESHEET);
    const css = await request.get(href!);
    expect(css.status()).toBe(200);
    expect(css.headers()["content-type"]).toContain("text/css");
    expect(css.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(css.headers()["x-content-type-options"]).toBe("nosniff");
    const text = await css.text();
    expect(text).toContain("font-display:swap");
    expect(text).not.toContain("font-display:block");
    const font = /url\((fonts\/KaTeX_Main-Regular\.woff2)\)/.exec(text)?.[1];
    expect(font).toBeTruthy();
    const fontResponse = await request.get(new URL(font!, new URL(href!, "http://x/")).pathname);
    expect(fontResponse.status()).toBe(200);
    expect(fontResponse.headers()["content-type"]).toBe("font/woff2");
    expect(fontResponse.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await fontResponse.body()).subarray(0, 4).toString("latin1")).toBe("wOF2");
    const base = href!.replace(/katex\.css$/, "");
    for (const bad of [`${base}fonts/KaTeX_Nope.woff2`, `${base}fonts/..%2Fkatex.min.css`, `${base}fonts/..%2F..%2Fpackage.json`, "/katex/0.0.0/katex.css"]) {
      const res = await request.get(bad);
      expect(res.status(), bad).toBe(404);
    }
  });
});
