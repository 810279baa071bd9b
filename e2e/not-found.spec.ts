import { expect, test } from "@playwright/test";

test.describe("404s", () => {
  for (const path of ["/en/use-cases/no-such-thing", "/zh/domains/nope", "/en/techniques/xyz", "/en/not-a-page"]) {
    test(`unknown slug ${path} is a 404 page, not a 500`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(path.startsWith("/zh") ? "页面不存在" : "Page not found");
    });
  }

  test("an unknown locale prefix is a 404, not a redirect", async ({ page }) => {
    const response = await page.goto("/xx/domains");
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe("/xx/domains");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
