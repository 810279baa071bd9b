// The explorer on a phone (390×844) and on a desktop (1280×900), in English and Chinese: the filter dialog, the
// collapsible and folded facets, touch target sizes, result cards that are one link with chip links above, the "/"
// shortcut, and axe. Runs against the seeded catalog.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const TEXT = {
  en: {
    filters: "Filters",
    active: (n: number) => `Filters (${n} active)`,
    close: "Close filters",
    showResults: (n: number) => `Show ${n} ${n === 1 ? "result" : "results"}`,
    clearAll: "Clear all",
    computerVision: /^Computer vision/,
    search: "Search use cases",
    results: "Results",
    domain: "Domain",
    technique: "Technique",
    findTechnique: "Find in Technique",
    showMore: (n: number) => `Show ${n} more`,
    showFewer: "Show fewer",
    education: /^Education/,
  },
  zh: {
    filters: "筛选",
    active: (n: number) => `筛选 (已选 ${n} 项)`,
    close: "关闭筛选",
    showResults: (n: number) => `显示 ${n} 个结果`,
    clearAll: "全部清除",
    computerVision: /^计算机视觉/,
    search: "搜索应用场景",
    results: "结果",
    domain: "领域",
    technique: "技术",
    findTechnique: "在“技术”中查找",
    showMore: (n: number) => `再显示 ${n} 项`,
    showFewer: "收起",
    education: /^教育/,
  },
} as const;

type Locale = keyof typeof TEXT;

const results = (page: Page, locale: Locale) => page.getByRole("region", { name: TEXT[locale].results, exact: true });
const resultTitles = (page: Page, locale: Locale) => results(page, locale).getByRole("heading", { level: 3 });
const filtersButton = (page: Page, locale: Locale) => page.getByRole("button", { name: new RegExp(`^${TEXT[locale].filters}`) });
const dialog = (page: Page, locale: Locale) => page.getByRole("dialog", { name: TEXT[locale].filters });

async function settled(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("no bounding box");
  return b;
}

/** The area that toggles a checkbox when tapped: its label (the whole row). */
async function checkboxTarget(page: Page, checkbox: Locator) {
  const id = await checkbox.getAttribute("id");
  return box(page.locator(`label[for="${id}"]`));
}

for (const locale of ["en", "zh"] as const) {
  const L = TEXT[locale];

  test.describe(`explorer on a phone (${locale})`, () => {
    test.use({ viewport: PHONE, hasTouch: true });

    test("results come first; ticking Computer vision in the filter dialog and showing the results puts the first one on screen", async ({ page }) => {
      await page.goto(`/${locale}/explore`);
      await expect(resultTitles(page, locale)).toHaveCount(13);
      // The facets are not on the page until asked for.
      await expect(page.getByRole("checkbox", { name: L.computerVision })).toBeHidden();
      const button = filtersButton(page, locale);
      await expect(button).toHaveAccessibleName(L.filters);
      await expect(button).toHaveAttribute("aria-expanded", "false");

      // The button stays at hand further down the results.
      await resultTitles(page, locale).last().scrollIntoViewIfNeeded();
      await expect(resultTitles(page, locale).first()).not.toBeInViewport();
      await expect(button).toBeInViewport();
      await button.click();
      const panel = dialog(page, locale);
      await expect(panel).toBeVisible();
      await expect(panel).toHaveAttribute("aria-modal", "true");
      await expect(panel.getByRole("button", { name: L.close })).toBeFocused();
      await expect(panel.getByRole("button", { name: L.showResults(13) })).toBeVisible();

      await panel.getByRole("checkbox", { name: L.computerVision }).check();
      await expect(page).toHaveURL(new RegExp(`/${locale}/explore\\?technique=computer-vision$`));
      // The footer's count follows the filters while the dialog stays open.
      const show = panel.getByRole("button", { name: L.showResults(2) });
      await expect(show).toBeVisible();
      await expect(panel).toBeVisible();
      await settled(page);
      await show.click();

      await expect(panel).toBeHidden();
      await expect(resultTitles(page, locale)).toHaveCount(2);
      await expect(resultTitles(page, locale).first()).toBeInViewport({ ratio: 1 });
      // ...because the results are shown from their top (not left wherever the page was scrolled).
      const top = await results(page, locale).evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThanOrEqual(100);
      await expect(button).toBeFocused();
      await expect(button).toHaveAccessibleName(L.active(1));

      // One history entry for the change: Back undoes it.
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${locale}/explore$`));
      await expect(resultTitles(page, locale)).toHaveCount(13);
    });

    test("the dialog keeps focus inside, Esc and the close button return focus to the Filters button", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision`);
      await settled(page);
      const button = filtersButton(page, locale);
      await button.click();
      const panel = dialog(page, locale);
      const close = panel.getByRole("button", { name: L.close });
      await expect(close).toBeFocused();
      // Backwards from the first control wraps to the last one (the footer's "Show N results"), and forwards again.
      await page.keyboard.press("Shift+Tab");
      await expect(panel.getByRole("button", { name: L.showResults(2) })).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(close).toBeFocused();
      for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      // The page behind is inert: its search box cannot take focus.
      expect(await page.getByRole("searchbox", { name: L.search }).evaluate((el) => el.closest("[inert]") !== null)).toBe(true);

      // Esc in the facet filter box clears it first; the next Esc closes the dialog.
      const find = panel.getByRole("searchbox", { name: L.findTechnique });
      await find.fill("vision");
      await page.keyboard.press("Escape");
      await expect(find).toHaveValue("");
      await expect(panel).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();
      expect(await page.getByRole("searchbox", { name: L.search }).evaluate((el) => el.closest("[inert]") !== null)).toBe(false);

      await button.click();
      await expect(dialog(page, locale)).toBeVisible();
      await dialog(page, locale).getByRole("button", { name: L.close }).click();
      await expect(dialog(page, locale)).toBeHidden();
      await expect(button).toBeFocused();
      await expect(resultTitles(page, locale).first()).toBeInViewport();
    });

    test("Clear all in the dialog removes every filter and the count follows", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision&domain=healthcare`);
      await settled(page);
      await expect(filtersButton(page, locale)).toHaveAccessibleName(L.active(2));
      await filtersButton(page, locale).click();
      const panel = dialog(page, locale);
      await expect(panel.getByRole("button", { name: L.showResults(1) })).toBeVisible();
      await panel.getByRole("button", { name: L.clearAll }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/explore$`));
      await expect(panel.getByRole("button", { name: L.showResults(13) })).toBeVisible();
      await expect(panel.getByRole("checkbox", { name: L.computerVision })).not.toBeChecked();
    });

    test("touch targets are at least 44×44 px: checkboxes, chip remove buttons, pagination, dialog buttons", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision&domain=healthcare&q=x&pageSize=1`);
      await settled(page);
      const removes = page.getByRole("region", { name: locale === "en" ? "Active filters:" : /^已选筛选/ }).getByRole("button");
      expect(await removes.count()).toBeGreaterThanOrEqual(3);
      for (const b of await removes.all()) {
        const r = await box(b);
        expect(Math.min(r.width, r.height), await b.getAttribute("aria-label") ?? "").toBeGreaterThanOrEqual(44);
      }

      await page.goto(`/${locale}/explore?pageSize=5`);
      const pages = page.getByRole("navigation", { name: locale === "en" ? "Pages" : "分页" }).getByRole("link");
      expect(await pages.count()).toBeGreaterThanOrEqual(3);
      for (const link of await pages.all()) {
        const r = await box(link);
        expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44);
      }

      const button = filtersButton(page, locale);
      expect((await box(button)).height).toBeGreaterThanOrEqual(44);
      await button.click();
      const panel = dialog(page, locale);
      const boxes = panel.getByRole("checkbox");
      let seen = 0;
      for (const checkbox of await boxes.all()) {
        if (!(await checkbox.isVisible())) continue;
        const r = await checkboxTarget(page, checkbox);
        expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44);
        seen++;
      }
      expect(seen).toBeGreaterThan(10);
      for (const name of [L.close, L.clearAll]) {
        const r = await box(panel.getByRole("button", { name, exact: true }));
        expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44);
      }
      // Tapping the row beside the name (not the box itself) ticks it.
      const cv = panel.getByRole("checkbox", { name: L.computerVision });
      const row = await checkboxTarget(page, cv);
      await page.touchscreen.tap(row.x + row.width - 10, row.y + row.height / 2);
      await expect(page).toHaveURL(/technique=computer-vision/);
      await expect(cv).toBeChecked();
    });

    test("axe: no serious or critical violations, with the dialog closed and open", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision`);
      await settled(page);
      await expectNoSeriousA11yViolations(page, `${locale} phone`);
      await filtersButton(page, locale).click();
      await expect(dialog(page, locale)).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${locale} phone, dialog open`);
    });
  });

  test.describe(`explorer on a desktop (${locale})`, () => {
    test.use({ viewport: DESKTOP });

    test("the facets stay a side panel: no Filters button, no dialog; ticking Computer vision keeps the first result on screen", async ({ page }) => {
      await page.goto(`/${locale}/explore`);
      await expect(filtersButton(page, locale)).toBeHidden();
      const panel = page.getByRole("region", { name: L.filters, exact: true });
      await panel.getByRole("checkbox", { name: L.computerVision }).check();
      await expect(page).toHaveURL(/\?technique=computer-vision$/);
      await settled(page);
      await expect(resultTitles(page, locale)).toHaveCount(2);
      await expect(resultTitles(page, locale).first()).toBeInViewport();
      await expect(page.getByRole("dialog")).toHaveCount(0);
      // Desktop targets meet WCAG 2.5.8 (24 px); phones and coarse pointers get 44 px.
      const r = await checkboxTarget(page, panel.getByRole("checkbox", { name: L.computerVision }));
      expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(24);
    });

    test("facet groups collapse and expand; zero-count values are folded behind Show more; a long facet has a filter box", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision`);
      await settled(page);
      const domain = page.getByRole("group", { name: L.domain, exact: true });
      const toggle = domain.getByRole("button", { name: L.domain, exact: true });
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      // Education has no computer-vision use case: folded, not shown disabled.
      await expect(page.getByRole("checkbox", { name: L.education })).toBeHidden();
      const more = domain.getByRole("button", { name: L.showMore(2) });
      await more.click();
      await expect(page.getByRole("checkbox", { name: L.education })).toBeVisible();
      await expect(page.getByRole("checkbox", { name: L.education })).toBeDisabled();
      await domain.getByRole("button", { name: L.showFewer }).click();
      await expect(page.getByRole("checkbox", { name: L.education })).toBeHidden();

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await expect(domain.getByRole("checkbox")).toHaveCount(0);
      await toggle.click();
      await expect(domain.getByRole("checkbox").first()).toBeVisible();

      // Technique has more than 8 values: a filter box narrows them. Domain (4 values) has none.
      await expect(domain.getByRole("searchbox")).toHaveCount(0);
      const technique = page.getByRole("group", { name: L.technique, exact: true });
      await technique.getByRole("searchbox", { name: L.findTechnique }).fill(locale === "en" ? "vision" : "视觉");
      await expect(technique.getByRole("checkbox")).toHaveCount(1);
      await expect(technique.getByRole("checkbox", { name: L.computerVision })).toBeChecked();

      // A technique category collapses on its own.
      await technique.getByRole("searchbox", { name: L.findTechnique }).fill("");
      const category = technique.getByRole("group").first();
      const categoryToggle = category.getByRole("button").first();
      await categoryToggle.click();
      await expect(categoryToggle).toHaveAttribute("aria-expanded", "false");
      await expect(category.getByRole("checkbox")).toHaveCount(0);
    });

    test("a result card is one link, with its chips as links of their own and no link inside a link", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision`);
      await settled(page);
      const list = results(page, locale);
      await expect(list.locator("a a")).toHaveCount(0);
      const card = list.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).first();
      const title = await card.getByRole("heading", { level: 3 }).innerText();
      const chips = card.getByRole("list", { name: locale === "en" ? "Techniques" : "技术" }).getByRole("link");
      expect(await chips.count()).toBeGreaterThan(0);
      const chip = chips.filter({ hasText: locale === "en" ? "Computer vision" : "计算机视觉" });
      await expect(chip).toHaveAttribute("href", `/${locale}/techniques/computer-vision`);

      // A click on the summary (not on the title) opens the use case.
      // (by coordinates: the title link's stretched area lies over the summary, which is the point).
      const summary = await box(card.locator("p").last());
      await page.mouse.click(summary.x + 5, summary.y + 5);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await page.goBack();
      await settled(page);

      await chip.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/techniques/computer-vision$`));
    });

    test("axe: no serious or critical violations", async ({ page }) => {
      await page.goto(`/${locale}/explore?technique=computer-vision`);
      await settled(page);
      await expectNoSeriousA11yViolations(page, `${locale} desktop`);
    });
  });

  for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
    test(`"/" focuses the search box, but not while typing in a field (${locale}, ${name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}/explore`);
      const search = page.getByRole("searchbox", { name: L.search });
      await expect(search).toHaveAttribute("data-slash-target", "");
      await expect(resultTitles(page, locale)).toHaveCount(13);
      await page.locator("h1").click();
      await page.keyboard.press("/");
      await expect(search).toBeFocused();
      await expect(search).toHaveValue("");
      // In the field, "/" is a character.
      await page.keyboard.type("a/b");
      await expect(search).toHaveValue("a/b");
      if (name === "desktop") {
        const find = page.getByRole("searchbox", { name: L.findTechnique });
        await find.click();
        await page.keyboard.press("/");
        await expect(find).toBeFocused();
        await expect(find).toHaveValue("/");
      }
    });
  }
}
