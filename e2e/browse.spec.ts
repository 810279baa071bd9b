import { expect, test } from "@playwright/test";

test.describe("browsing the catalog", () => {
  test("home → domain → use case → technique and back, in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page).toHaveTitle(/Fusion Atlas/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Healthcare" }).first().click();
    await expect(page).toHaveURL(/\/en\/domains\/healthcare$/);
    await expect(page.getByRole("heading", { level: 1, name: "Healthcare" })).toBeVisible();

    await page.getByRole("link", { name: /Medical image analysis/ }).first().click();
    await expect(page).toHaveURL(/\/en\/use-cases\/medical-image-analysis$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Medical image analysis/);
    // Related use cases in other domains come through shared techniques.
    await expect(page.getByRole("heading", { name: "Related use cases in other domains" })).toBeVisible();

    await page.getByRole("list", { name: "Techniques" }).getByRole("link", { name: "Computer vision" }).click();
    await expect(page).toHaveURL(/\/en\/techniques\/computer-vision$/);
    await expect(page.getByRole("heading", { name: "Cross-domain bridges" })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/en\/use-cases\/medical-image-analysis$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/domains\/healthcare$/);
  });

  test("首页 → 领域 → 应用场景 → 技术，再返回（中文）", async ({ page }) => {
    await page.goto("/zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await page.getByRole("link", { name: "金融" }).first().click();
    await expect(page).toHaveURL(/\/zh\/domains\/finance$/);
    await page.getByRole("link", { name: "风险控制" }).first().click();
    await expect(page).toHaveURL(/\/zh\/use-cases\/risk-control$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/风险控制/);
    await page.getByRole("list", { name: "技术" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/zh\/techniques\/[a-z-]+$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/zh\/use-cases\/risk-control$/);
  });

  test("technique pages render the §4 formulas and the §3.1 workflow", async ({ page }) => {
    await page.goto("/en/techniques/sigmoid");
    await expect(page.locator(".katex").first()).toBeVisible();
    await expect(page.locator("math").first()).toBeAttached();
    await page.goto("/en/techniques/deep-learning");
    await expect(page.getByRole("heading", { name: "The deep-learning workflow" })).toBeVisible();
    await expect(page.locator("#workflow ~ ol > li")).toHaveCount(5);
  });

  test("editor's notes show on the pages they concern", async ({ page }) => {
    await page.goto("/en/techniques/regression");
    const notes = page.getByRole("region", { name: "Editor’s notes" });
    await expect(notes.getByRole("heading", { level: 3 })).toHaveCount(3);
    await expect(notes).toContainText("0.0129");
    await page.goto("/en/about");
    await expect(page.getByRole("region", { name: "Editor’s notes" })).toContainText("billion");
    await page.goto("/zh/resources");
    await expect(page.getByRole("region", { name: "编者按" })).toContainText("邱锡鹏");
  });

  test("every page type answers in both languages", async ({ page }) => {
    for (const locale of ["en", "zh"]) {
      for (const path of ["", "/domains", "/techniques", "/fusion", "/challenges", "/resources", "/faq", "/about"]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), `/${locale}${path}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
    }
  });
});
