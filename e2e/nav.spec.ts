// Navigation: a menu button on phones (a disclosure with grouped links, keyboard-operable), one row of links on a
// desktop, a header at most 64 px tall, labels that cannot be confused, and no button label that wraps.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const LABELS = {
  en: { nav: "Main", menu: "Menu", links: ["Domains", "Techniques", "Explore", "Fusion map", "How fusion works", "Challenges & trends", "Resources", "FAQ", "Regression lab", "The article", "About"], groups: ["Browse the catalog", "Read and try"] },
  zh: { nav: "主导航", menu: "菜单", links: ["领域", "技术", "探索", "融合地图", "融合机制", "挑战与趋势", "资源", "常见问题", "回归实验室", "原文", "关于"], groups: ["浏览图谱", "阅读与实践"] },
} as const;

const PAGES = ["", "/explore", "/fusion-map", "/use-cases/medical-image-analysis", "/techniques/computer-vision", "/fusion", "/challenges"];

/** Labels of visible buttons and button-like links whose text runs over more than one line. */
async function wrappedLabels(page: Page): Promise<string[]> {
  return page.locator("button:visible, header a:visible, main a.inline-flex:visible, label:has(input[type=radio]):visible").evaluateAll((els) =>
    els
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) return false;
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5;
        const top = Math.min(...rects.map((r) => r.top));
        const bottom = Math.max(...rects.map((r) => r.bottom));
        return bottom - top > lineHeight * 1.5;
      })
      .map((el) => (el.textContent ?? "").trim()),
  );
}

for (const locale of ["en", "zh"] as const) {
  const L = LABELS[locale];

  test.describe(`phone, ${locale}`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the menu button opens and closes the grouped links by keyboard", async ({ page }) => {
      await page.goto(`/${locale}/about`);
      const header = await page.locator("header").boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      const nav = page.getByRole("navigation", { name: L.nav });
      const button = nav.getByRole("button", { name: L.menu });
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(nav.getByRole("link", { name: L.links[0], exact: true })).toBeHidden();

      await button.focus();
      await page.keyboard.press("Enter");
      await expect(nav.getByRole("button", { expanded: true })).toBeFocused();
      for (const group of L.groups) await expect(nav.getByRole("group", { name: group })).toBeVisible();
      for (const name of L.links) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: L.links.at(-1), exact: true })).toHaveAttribute("aria-current", "page");

      await page.keyboard.press("Escape");
      await expect(nav.getByRole("button", { expanded: false })).toBeFocused();
      await expect(nav.getByRole("link", { name: L.links[0], exact: true })).toBeHidden();

      // Space opens it again; Tab reaches the first link, Enter follows it, and the menu closes on the new page.
      await page.keyboard.press("Space");
      await expect(nav.getByRole("button", { expanded: true })).toBeVisible();
      await page.keyboard.press("Tab");
      await expect(nav.getByRole("link", { name: L.links[0], exact: true })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${locale}/domains$`));
      await expect(nav.getByRole("button", { expanded: false })).toBeVisible();
      await expect(nav.getByRole("link", { name: L.links[0], exact: true })).toBeHidden();
    });

    test("axe with the menu open", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole("button", { name: L.menu }).click();
      await expectNoSeriousA11yViolations(page);
    });
  });

  test.describe(`desktop, ${locale}`, () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test("all links sit in one row of a header at most 64 px tall, with no menu button", async ({ page }) => {
      await page.goto(`/${locale}/fusion-map`);
      const header = await page.locator("header").boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      const nav = page.getByRole("navigation", { name: L.nav });
      await expect(nav.getByRole("button")).toBeHidden();
      const tops = new Set<number>();
      for (const name of L.links) {
        const box = await nav.getByRole("link", { name, exact: true }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.x + box!.width, name).toBeLessThanOrEqual(1280);
        tops.add(Math.round(box!.y));
      }
      expect(tops.size).toBe(1);
      // The labels, as shown: none is the beginning of another ("Fusion" / "Fusion map" was).
      const shown = (await nav.getByRole("link").allInnerTexts()).map((x) => x.trim());
      expect(shown).toEqual([...L.links]);
      for (const a of shown) for (const b of shown) if (a !== b) expect(b.toLowerCase().startsWith(a.toLowerCase()), `${a} / ${b}`).toBe(false);
      await expect(nav.getByRole("link", { name: L.links[3], exact: true })).toHaveAttribute("aria-current", "page");
      await expect(nav.getByRole("link", { name: L.links[4], exact: true })).not.toHaveAttribute("aria-current", "page");
    });
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test(`no button label wraps at ${viewport.width} px (${locale})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of PAGES) {
        await page.goto(`/${locale}${path}`);
        expect(await wrappedLabels(page), `/${locale}${path}`).toEqual([]);
        if (viewport.width < 1280) {
          await page.getByRole("button", { name: L.menu }).click();
          expect(await wrappedLabels(page), `/${locale}${path} (menu open)`).toEqual([]);
        }
      }
    });
  }
}
