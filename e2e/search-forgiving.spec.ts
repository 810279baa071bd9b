// Search that forgives (issue 12), in Chromium against the seeded catalog, en and zh: why each result matched (a
// snippet, labelled when the match is in the other language), "did you mean" one click away, and an empty state whose
// links leave out one criterion each. Plus the API's side: suggestions and aliases.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const results = (page: Page) => page.getByRole("region", { name: /^(Results|结果)$/ });
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 3 });

test.describe("search that forgives", () => {
  test("an inflection finds the use case, and the snippet marks the word that matched (en)", async ({ page }) => {
    await page.goto("/en/explore?q=imaging");
    await expect(resultTitles(page).filter({ hasText: "Medical image analysis" })).toHaveCount(1);
    const card = results(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Medical image analysis" }) });
    await expect(card.locator("mark").first()).toHaveText(/^image/i);
    await expectNoSeriousA11yViolations(page);
  });

  test("a Chinese query on the English page shows the Chinese text it matched, labelled", async ({ page }) => {
    await page.goto(`/en/explore?q=${encodeURIComponent("疾病")}`);
    const card = results(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Disease diagnosis" }) });
    await expect(card.getByText("Matched in Chinese")).toBeVisible();
    await expect(card.getByTestId("match-snippet")).toHaveAttribute("lang", "zh");
    await expect(card.getByTestId("match-snippet").locator("mark").first()).toHaveText("疾病");
  });

  test("an English query on the Chinese page is labelled 匹配英文内容", async ({ page }) => {
    await page.goto("/zh/explore?q=diagnosis");
    const card = results(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "疾病诊断" }) });
    await expect(card.getByText("匹配英文内容")).toBeVisible();
    await expect(card.getByTestId("match-snippet")).toHaveAttribute("lang", "en");
  });

  test("an alias finds the technique's use cases (CV, 机器视觉)", async ({ page }) => {
    await page.goto("/en/explore?q=CV");
    await expect(resultTitles(page).filter({ hasText: "Medical image analysis" })).toHaveCount(1);
    const card = results(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Medical image analysis" }) });
    await expect(card.getByText("Linked to Computer vision, which your search names.")).toBeVisible();
    await page.goto(`/zh/explore?q=${encodeURIComponent("机器视觉")}`);
    await expect(resultTitles(page).filter({ hasText: "医疗影像分析" })).toHaveCount(1);
  });

  test("a typo offers “Did you mean”, one click away (en)", async ({ page }) => {
    await page.goto(`/en/explore?q=${encodeURIComponent("route planing")}`);
    await expect(resultTitles(page)).toHaveCount(0);
    await expect(page.getByText("Did you mean")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Route planning" }).click();
    await expect(page).toHaveURL(/q=Route\+planning/);
    await expect(resultTitles(page).first()).toHaveText("Route planning");
  });

  test("a typo offers 你是不是要找, one click away (zh)", async ({ page }) => {
    await page.goto(`/zh/explore?q=${encodeURIComponent("机器视角")}`);
    await expect(page.getByText("你是不是要找")).toBeVisible();
    await page.getByRole("link", { name: "机器视觉" }).click();
    await expect(resultTitles(page).filter({ hasText: "医疗影像分析" })).toHaveCount(1);
  });

  test("the empty state links to the results without the search and without each filter (en)", async ({ page }) => {
    await page.goto("/en/explore?q=fraud&domain=healthcare");
    await expect(resultTitles(page)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Without the search “fraud”: 3 use cases" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Without the filter Domain: Healthcare: 1 use case" }).click();
    await expect(page).toHaveURL(/\/en\/explore\?q=fraud$/);
    await expect(resultTitles(page)).toHaveText(["Risk control"]);
  });

  test("the empty state links to the results without each criterion (zh)", async ({ page }) => {
    await page.goto("/zh/explore?q=fraud&domain=healthcare");
    await page.getByRole("link", { name: "去掉搜索“fraud”：3 个应用场景" }).click();
    await expect(page).toHaveURL(/\/zh\/explore\?domain=healthcare$/);
    await expect(resultTitles(page)).toHaveCount(3);
  });

  test("the API offers suggestions when nothing matched, and lists aliases", async ({ request }) => {
    const empty = await (await request.get(`/api/v1/use-cases?q=${encodeURIComponent("route planing")}`)).json();
    expect(empty.total).toBe(0);
    expect(empty.suggestions[0]).toBe("Route planning");
    const found = await (await request.get("/api/v1/use-cases?q=images")).json();
    expect(found.items.map((i: { slug: string }) => i.slug)).toContain("medical-image-analysis");
    expect(found.suggestions).toBeUndefined();
    const techniques = await (await request.get("/api/v1/techniques?locale=zh")).json();
    const cv = techniques.items.find((i: { slug: string }) => i.slug === "computer-vision");
    expect(cv.aliases.slice(0, 2)).toEqual(["机器视觉", "视觉"]);
    expect(cv.aliases).toContain("CV");
  });
});
