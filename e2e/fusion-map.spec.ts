// The fusion map: heatmaps as real tables whose cells lead to the explorer, the bridges, the home page's compact map,
// and the RSS feeds and sitemap entries that come with the explorer.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { expectPageShown } from "./page-audit";

test.describe("fusion map", () => {
  test("the domain × technique table has headers and a caption, and a cell opens the filtered explorer", async ({ page }) => {
    await page.goto("/en/fusion-map");
    await expect(page.getByRole("heading", { level: 1, name: "Fusion map" })).toBeVisible();
    const table = page.getByRole("table", { name: /Published use cases per technique/ });
    await expect(table.getByRole("columnheader", { name: "Healthcare" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "Computer vision" })).toBeVisible();

    await table.getByRole("link", { name: "1 use case in Healthcare using Computer vision" }).click();
    await expect(page).toHaveURL(/\/en\/explore\?domain=healthcare&technique=computer-vision$/);
    await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 })).toHaveText(["Medical image analysis"]);
    await expect(page.getByRole("checkbox", { name: /^Healthcare/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Computer vision/ })).toBeChecked();
  });

  test("the domain × challenge table leads to the explorer too, and cell counts match its totals", async ({ page }) => {
    await page.goto("/en/fusion-map");
    const table = page.getByRole("table", { name: /Published use cases per challenge/ });
    const link = table.getByRole("link", { name: /in Finance facing Model interpretability(;|$)/ });
    const count = Number(await link.innerText());
    await link.click();
    await expect(page).toHaveURL(/\/en\/explore\?domain=finance&challenge=interpretability$/);
    await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 })).toHaveCount(count);
  });

  test("lists cross-domain bridges", async ({ page }) => {
    await page.goto("/zh/fusion-map");
    const bridges = page.getByRole("region", { name: "跨领域桥梁" });
    await expect(bridges.getByRole("link", { name: "计算机视觉", exact: true })).toBeVisible();
    await expect(bridges.getByRole("listitem").filter({ has: page.getByRole("link", { name: "计算机视觉", exact: true }) }).first()).toContainText("连接 2 个领域");
  });

  test("the home page shows a compact map that links to the full one", async ({ page }) => {
    await page.goto("/en");
    const table = page.getByRole("table", { name: /most used techniques/ });
    await expect(table.getByRole("columnheader", { name: "Education" })).toBeVisible();
    await expect(table.getByRole("rowheader")).toHaveCount(8);
    await page.getByRole("link", { name: "Open the full fusion map" }).click();
    await expect(page).toHaveURL(/\/en\/fusion-map$/);
  });

  for (const [path, h1] of [
    ["/en/fusion-map", "Fusion map"],
    ["/zh/fusion-map", "融合地图"],
    ["/zh", "AI 大模型在哪些领域跨界融合"],
  ] as const) {
    test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      await expectPageShown(page, response, { path, h1 });
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test.describe("feeds and sitemap", () => {
  test("each locale has an RSS feed of recent use cases with absolute links", async ({ request, baseURL }) => {
    for (const [locale, title] of [["en", "Medical image analysis"], ["zh", "医疗影像分析"]]) {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/rss+xml");
      const xml = await response.text();
      expect(xml).toContain(`<rss version="2.0"`);
      expect(xml).toContain(`<title>${title}</title>`);
      expect(xml).toContain(`<link>${baseURL}/${locale}/use-cases/medical-image-analysis</link>`);
      expect(xml.match(/<item>/g)).toHaveLength(13);
    }
    expect((await request.get("/xx/feed.xml")).status()).toBe(404);
  });

  test("the sitemap lists the explorer and the fusion map", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(xml).toContain("/en/explore");
    expect(xml).toContain("/zh/fusion-map");
  });
});
