import { expect, test } from "@playwright/test";

test.describe("languages", () => {
  test("switching language on a detail page stays on that entry", async ({ page }) => {
    await page.goto("/en/use-cases/route-planning");
    await page.getByRole("link", { name: /Switch to Chinese/ }).click();
    await expect(page).toHaveURL(/\/zh\/use-cases\/route-planning$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/路径规划/);
    await page.getByRole("link", { name: /Switch to English/ }).click();
    await expect(page).toHaveURL(/\/en\/use-cases\/route-planning$/);
  });

  test("/ picks the language from Accept-Language, then from the chosen language", async ({ browser }) => {
    const zh = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    const page = await zh.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await zh.close();

    const en = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
    const p2 = await en.newPage();
    await p2.goto("/");
    await expect(p2).toHaveURL(/\/en$/);
    await p2.goto("/zh/faq");
    await p2.goto("/");
    await expect(p2).toHaveURL(/\/zh$/);
    await en.close();
  });

  test("pages declare hreflang alternates and a canonical URL", async ({ page }) => {
    await page.goto("/en/domains/education");
    await expect(page.locator('link[rel="alternate"][hreflang="zh"]')).toHaveAttribute("href", /\/zh\/domains\/education$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/domains\/education$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/domains\/education$/);
    await expect(page).toHaveTitle(/Education/);
  });

  test("sitemap.xml and robots.txt are served", async ({ request }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toContain("/zh/use-cases/medical-image-analysis");
    expect(xml).toContain("/en/techniques/regression");
    const robots = await request.get("/robots.txt");
    expect(await robots.text()).toContain("Sitemap:");
  });
});
