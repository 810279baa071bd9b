// Issue 13: every aggregate view says what its counts are made of (the article's links vs editorial ones), with one
// visible legend per page; what we wrote beside the article ("Editor's context") carries the editorial mark; markdown
// maths renders with KaTeX. In en and zh, on a phone (390×844) and a desktop (1280×900), with axe.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

test.describe.configure({ timeout: 90_000 });

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

const TEXT = {
  en: {
    legend: "Key:",
    editorsContext: "Editor's context:",
    editorial: "Editorial",
    split: /\d+, \d+ stated in the article/,
    useCasesSplit: /\d+ use cases? \(\d+ stated in the article\)/,
    cellLabel: /stated in the article/,
    mapNote: /in brackets, how many of them the article itself states/,
  },
  zh: {
    legend: "标记说明：",
    editorsContext: "编者说明：",
    editorial: "编辑补充",
    split: /\d+，其中 \d+ 个为原文所述/,
    useCasesSplit: /\d+ 个应用场景（其中 \d+ 个为原文所述）/,
    cellLabel: /其中 \d+ 个为原文所述/,
    mapNote: /括号中是其中原文明确所述的个数/,
  },
} as const;

async function expectOneVisibleLegend(page: Page, legend: string) {
  const legends = page.getByText(legend, { exact: true });
  await expect(legends.first()).toBeVisible();
  let visible = 0;
  for (const l of await legends.all()) if (await l.isVisible()) visible += 1;
  expect(visible, "one visible legend").toBe(1);
}

for (const locale of ["en", "zh"] as const) {
  const tx = TEXT[locale];
  for (const size of SIZES) {
    test.describe(`${locale}, ${size.name}`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });

      test("a domain page: legend, split counts, marked editor's context and marked 'Also used in'", async ({ page }) => {
        await page.goto(`/${locale}/domains/education`);
        await expectOneVisibleLegend(page, tx.legend);
        // The editorial paragraphs are their own section, under "Editor's context:" with the Editorial badge.
        const context = page.getByRole("region", { name: tx.editorsContext });
        await expect(context).toBeVisible();
        await expect(context.getByText(tx.editorial, { exact: true })).toBeVisible();
        await expect(context).toContainText(locale === "en" ? "minors' data" : "常涉及未成年人数据");
        // The article's paragraph stays outside it and quotes the article.
        await expect(page.locator(".prose-atlas").first()).toContainText(locale === "en" ? "For example, through large-scale models" : "例如，通过大模型可以实现对学生学习过程的实时监控");
        // "Techniques used here" chips say how many of their links the article states.
        const techniques = page.getByRole("list", { name: locale === "en" ? "Techniques used here" : "本领域使用的技术" });
        await expect(techniques.getByText(tx.split).first()).toBeVisible();
        await expect(page.getByRole("heading", { level: 2, name: tx.split })).toBeVisible();
        // "Also used in": each other domain says whether the article states the sharing.
        const also = page.locator("section[aria-labelledby='domain-also'] li");
        await expect(also.first()).toBeVisible();
        for (const li of await also.all()) await expect(li.getByText(locale === "en" ? /^(From the article|Editorial)$/ : /^(出自原文|编辑补充)$/)).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });

      test("the fusion page: mechanism counts split by basis, with the legend", async ({ page }) => {
        await page.goto(`/${locale}/fusion`);
        await expectOneVisibleLegend(page, tx.legend);
        await expect(page.getByText(tx.useCasesSplit).first()).toBeVisible();
        await expect(page.getByText(tx.useCasesSplit)).toHaveCount(3);
        await expectNoSeriousA11yViolations(page);
      });

      test("the fusion map: cells and bridges say what their counts are made of", async ({ page }) => {
        await page.goto(`/${locale}/fusion-map`);
        await expectOneVisibleLegend(page, tx.legend);
        await expect(page.getByText(tx.mapNote)).toBeVisible();
        const table = page.locator("#fm-all-technique-heatmap");
        const cell = table.getByRole("link", { name: tx.cellLabel }).first();
        await expect(cell).toBeAttached();
        await expect(cell).toHaveText(/^\d+$/);
        // Beside the count, for the eye, how many of its links the article states.
        await expect(cell.locator("xpath=..")).toHaveText(/^\d+\(\d+\)$/);
        const bridges = page.locator("section[aria-labelledby='fm-all-bridges']");
        await expect(bridges.getByRole("link").filter({ hasText: tx.split }).first()).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });

      test("maths in a markdown field renders with KaTeX: no $ delimiters, no raw TeX", async ({ page }) => {
        await page.goto(`/${locale}/techniques/sigmoid`);
        const prose = page.locator(".prose-atlas").filter({ has: page.locator(".katex") }).first();
        await expect(prose.locator(".katex").first()).toBeVisible();
        const text = await prose.evaluate((el) => {
          const clone = el.cloneNode(true) as HTMLElement;
          clone.querySelectorAll(".katex-mathml").forEach((m) => m.remove());
          return clone.textContent ?? "";
        });
        expect(text).not.toContain("$");
        expect(text).not.toMatch(/\\[a-zA-Z]/);
        await expectNoSeriousA11yViolations(page);
      });
    });
  }
}
