// Issue 13: on a use-case page the header's basis is the entry's, and the paragraph we wrote ("What it typically
// involves" / 通常涉及) is stored apart from the body and shown under "Editor's context" with the Editorial badge and
// the legend — never inside the body the header calls "From the article". The API detail carries it apart too.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const SLUG = "intelligent-tutoring-systems";

const TEXT = {
  en: {
    basis: "Basis:",
    fromArticle: "From the article",
    editorsContext: "Editor's context:",
    editorial: "Editorial",
    legend: "Key:",
    articleSays: "What the article says (§6.1):",
    ours: "What it typically involves:",
    oursDetail: "teachers are usually involved in designing and reviewing the content",
  },
  zh: {
    basis: "依据:",
    fromArticle: "出自原文",
    editorsContext: "编者说明：",
    editorial: "编辑补充",
    legend: "标记说明：",
    articleSays: "文章所述（§6.1）",
    ours: "通常涉及",
    oursDetail: "通常需要教师参与内容设计和审核",
  },
} as const;

for (const locale of ["en", "zh"] as const) {
  const tx = TEXT[locale];
  test.describe(locale, () => {
    test("the editor's context is its own marked section; the article's body no longer holds it", async ({ page }) => {
      await page.goto(`/${locale}/use-cases/${SLUG}`);
      // The header's basis is the entry's.
      const header = page.locator("article > div").filter({ hasText: tx.basis }).first();
      await expect(header.getByText(tx.fromArticle, { exact: true })).toBeVisible();

      // The body (the first markdown block) is the article's paragraph only.
      const body = page.locator("article .prose-atlas").first();
      await expect(body).toContainText(tx.articleSays);
      await expect(body).not.toContainText(tx.ours);
      await expect(body).not.toContainText(tx.oursDetail);

      // The paragraph we wrote: under "Editor's context", with the Editorial badge.
      const context = page.getByRole("region", { name: tx.editorsContext });
      await expect(context).toBeVisible();
      await expect(context).toHaveAttribute("data-basis", "editorial");
      await expect(context.getByText(tx.editorial, { exact: true })).toBeVisible();
      await expect(context).toContainText(tx.ours);
      await expect(context).toContainText(tx.oursDetail);
      await expect(context).not.toContainText(tx.articleSays);

      // The legend explains both marks.
      const legend = page.getByText(tx.legend, { exact: true });
      await expect(legend).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test("the API detail returns the editorial paragraph apart from the body", async ({ request }) => {
      const res = await request.get(`/api/v1/use-cases/${SLUG}?locale=${locale}`);
      expect(res.status()).toBe(200);
      const json = (await res.json()) as { body: string; editorial: string; basis: string };
      expect(json.basis).toBe("article");
      expect(json.body).toContain(tx.articleSays);
      expect(json.body).not.toContain(tx.ours);
      expect(json.editorial).toContain(tx.ours);
      expect(json.editorial).toContain(tx.oursDetail);
    });

    test("search still finds the editorial words, with a snippet", async ({ page }) => {
      const word = locale === "en" ? "reviewing" : "内容设计";
      await page.goto(`/${locale}/explore?q=${encodeURIComponent(word)}`);
      const result = page.getByRole("link", { name: locale === "en" ? /Intelligent tutoring systems/ : /智能辅导系统/ }).first();
      await expect(result).toBeVisible();
      await expect(page.locator("mark").filter({ hasText: word }).first()).toBeVisible();
    });
  });
}
