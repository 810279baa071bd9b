import { expect, test } from "@playwright/test";

// The bare reference pages bench:lighthouse calibrates with (each locale's pages against their own), bench:bundle and
// bench:throughput with the en one: text only, no client code of ours, never indexed or listed.
test.describe("the reference pages", () => {
  for (const [locale, heading] of [
    ["en", "Reference page"],
    ["zh", "参考页"],
  ] as const) {
    test(`/${locale}/reference-page is a bare text page in its language, noindex, out of the sitemap`, async ({ page, request }) => {
      const response = await page.goto(`/${locale}/reference-page`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      // No styles of ours: the page is the calibration, not a page of the atlas.
      expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
      const sitemap = await (await request.get("/sitemap.xml")).text();
      expect(sitemap).toContain(`/${locale}/lab`);
      expect(sitemap).not.toContain("reference-page");
    });
  }
});
