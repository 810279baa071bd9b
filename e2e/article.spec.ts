import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

// The annotated article (/{locale}/article): anchors, the table of contents, entity links both ways, the editor's
// notes beside their passages and the note where the copies differ; on a phone and on a desktop, in both languages.
test.describe.configure({ timeout: 60_000 });

const L = {
  en: {
    h1: "The source article, annotated",
    contents: "Contents",
    s62: "Medical Health Field",
    tocLink: "6.2 Medical Health Field",
    useCase: "Intelligent tutoring systems",
    phrase: "intelligent tutoring systems",
    entityLabel: "Use case: Intelligent tutoring systems",
    note: "Editor’s note: The text describes a ReLU hidden layer; the code is a single linear layer",
    differ: "The copies differ here",
    steps: /lists 5 steps here; the second Chinese copy has 6 and the English copy 6\. The longer copies add: Model Compilation\./,
  },
  zh: {
    h1: "原文（附注释）",
    contents: "目录",
    s62: "医疗健康",
    tocLink: "6.2 医疗健康",
    useCase: "智能辅导系统",
    phrase: "智能辅导系统",
    entityLabel: "应用场景：智能辅导系统",
    note: "编者按: 文中说有 ReLU 隐藏层，代码却是单层线性模型",
    differ: "各版本此处不同",
    steps: /此处列出 5 个步骤；第二份中文稿有 6 个，英文稿有 6 个。多出的步骤：模型编译。/,
  },
} as const;

async function noHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "horizontal scroll").toBeLessThanOrEqual(client);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
  for (const locale of ["en", "zh"] as const) {
    const t = L[locale];
    const phone = viewport.width < 1024;

    test.describe(`${locale}, ${viewport.width} px`, () => {
      test.use({ viewport });

      test("an anchor scrolls to its heading; every section and passage has one", async ({ page }) => {
        await page.goto(`/${locale}/article#s6-2`);
        await expect(page.getByRole("heading", { level: 1, name: t.h1 })).toBeAttached();
        const heading = page.getByRole("heading", { level: 3, name: t.s62 });
        await expect(heading).toHaveAttribute("id", "s6-2");
        await expect(heading).toBeInViewport();
        await expect(page.getByRole("heading", { level: 2 })).toHaveCount(10);
        await expect(page.locator("#s6-2-p1")).toContainText(locale === "zh" ? "疾病诊断" : "disease diagnosis");
        await noHorizontalScroll(page);
      });

      test("the table of contents leads to a sub-section", async ({ page }) => {
        await page.goto(`/${locale}/article`);
        const toc = page.getByRole("navigation", { name: t.contents });
        if (phone) {
          await expect(toc.getByRole("link", { name: t.tocLink })).toBeHidden();
          await toc.getByText(t.contents).click();
        }
        await toc.getByRole("link", { name: t.tocLink }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/article#s6-2$`));
        await expect(page.getByRole("heading", { level: 3, name: t.s62 })).toBeInViewport();
        await noHorizontalScroll(page);
      });

      test("entity links both ways: a use case's Source link lands on its passage, the passage links back", async ({ page }) => {
        await page.goto(`/${locale}/use-cases/intelligent-tutoring-systems`);
        await page.getByRole("link", { name: "§6.1", exact: true }).first().click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/article#s6-1$`));
        await expect(page.locator("#s6-1")).toBeInViewport();
        const passage = page.locator("#s6-1-p1");
        const link = passage.getByRole("link", { name: `${t.phrase} (${t.entityLabel})` });
        await expect(link).toBeVisible();
        // Focus shows which entry the passage was drawn into.
        await link.focus();
        await expect(passage.getByText(t.entityLabel, { exact: true }).last()).toBeVisible();
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/use-cases/intelligent-tutoring-systems$`));
        await expect(page.getByRole("heading", { level: 1, name: t.useCase })).toBeVisible();
      });

      test("the editor's note sits beside the passage it corrects", async ({ page }) => {
        await page.goto(`/${locale}/article#s4-3`);
        const passage = page.locator("#s4-3-p3");
        const note = passage.getByRole("complementary", { name: t.note });
        await expect(note).toBeVisible();
        const text = await passage.getByText(locale === "zh" ? "隐藏层" : "hidden layer").first().boundingBox();
        const box = await note.boundingBox();
        if (phone) expect(box!.y).toBeGreaterThan(text!.y);
        else expect(box!.x).toBeGreaterThan(text!.x + text!.width - 1);
      });

      test("where the copies differ, §4.3 says so", async ({ page }) => {
        await page.goto(`/${locale}/article#s4-3`);
        const section = page.locator("section[aria-labelledby='s4-3']");
        await expect(section.getByRole("complementary", { name: t.differ })).toContainText(t.steps);
        await expect(section.getByRole("listitem")).toHaveCount(locale === "zh" ? 5 : 6);
      });

      test("axe", async ({ page }) => {
        await page.goto(`/${locale}/article`);
        await expectNoSeriousA11yViolations(page);
      });
    });
  }
}

test("the regression technique page and the lab show §4.3's and §5.1's steps with their source links", async ({ page }) => {
  for (const path of ["/en/techniques/regression", "/en/lab"]) {
    await page.goto(path);
    const steps = page.getByRole("region", { name: "The article's steps" });
    const example = steps.getByRole("region", { name: "Training the example regression model (§4.3)" });
    await expect(example.getByRole("listitem")).toHaveCount(6);
    await expect(example.getByRole("listitem").nth(2)).toContainText("Model Compilation");
    await expect(example.getByRole("link", { name: "§4.3", exact: true })).toHaveAttribute("href", "/en/article#s4-3");
    const setup = steps.getByRole("region", { name: "Setting up the development environment (§5.1)" });
    await expect(setup.getByRole("listitem")).toHaveCount(3);
    await expect(setup.getByRole("listitem").first()).toContainText("Install Python Environment");
  }
  await page.goto("/zh/techniques/regression");
  const zh = page.getByRole("region", { name: "训练示例回归模型的步骤（§4.3）" });
  await expect(zh.getByRole("listitem")).toHaveCount(5);
  await expect(zh).toContainText("模型编译");
});

test("multi-refs get one link each, and the sitemap lists the article", async ({ page, request }) => {
  await page.goto("/en/techniques/regression");
  const header = page.locator("article > p").filter({ hasText: "Source:" }).first();
  await expect(header.getByRole("link", { name: "§4.3", exact: true })).toHaveAttribute("href", "/en/article#s4-3");
  await expect(header.getByRole("link", { name: "§5", exact: true })).toHaveAttribute("href", "/en/article#s5");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/en/article</loc>");
  expect(sitemap).toContain("/zh/article</loc>");
});
