// Every chip is a way in: on a use-case page each technique, domain, mechanism and challenge chip leads to the
// entity's page (or its card), which offers "See the N use cases in the explorer", leading to the filtered explorer.
// The home page: a search box into the explorer, "Explore all use cases", and domain cards that are one link each.
// Run at a phone's and a desktop's size, in both languages.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

const TEXT = {
  en: { title: "Medical image analysis", lists: ["Techniques", "Fusion mechanisms", "Challenges"], explorer: /^See the \d+ use cases? in the explorer/, search: "Search the use cases", all: "Explore all use cases" },
  zh: { title: "医疗影像分析", lists: ["技术", "融合机制", "挑战"], explorer: /^在探索页中查看这 \d+ 个应用场景/, search: "搜索应用场景", all: "浏览全部应用场景" },
} as const;

/** The explorer link on the page a chip led to: inside the anchored card for mechanisms and challenges. */
function explorerLinkAfterChip(page: Page, href: string, locale: "en" | "zh") {
  const hash = new URL(href, "http://x").hash;
  const scope = hash ? page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`) : page.locator("main");
  return scope.getByRole("link", { name: TEXT[locale].explorer });
}

for (const viewport of VIEWPORTS) {
  for (const locale of ["en", "zh"] as const) {
    test.describe(`${viewport.name}, ${locale}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test("every chip on a use-case page leads to a page with a filtered-explorer link", async ({ page }) => {
        const useCase = `/${locale}/use-cases/medical-image-analysis`;
        await page.goto(useCase);
        const chips: Array<{ href: string; facet: string; slug: string }> = [];
        for (const list of TEXT[locale].lists) {
          const links = page.getByRole("list", { name: list, exact: true }).getByRole("link");
          expect(await links.count(), list).toBeGreaterThan(0);
          for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""))) {
            const m = href.match(/\/(techniques)\/([a-z0-9-]+)$|\/(fusion)#([a-z0-9-]+)$|\/(challenges)#([a-z0-9-]+)$/);
            expect(m, `chip ${href} names an entity`).not.toBeNull();
            const facet = m![1] ? "technique" : m![3] ? "mechanism" : "challenge";
            chips.push({ href, facet, slug: m![2] ?? m![4] ?? m![6] });
          }
        }
        const domainHref = await page.locator("main").getByRole("link", { name: locale === "en" ? "Healthcare" : "医疗健康", exact: true }).first().getAttribute("href");
        chips.push({ href: domainHref!, facet: "domain", slug: "healthcare" });
        expect(chips.length).toBeGreaterThanOrEqual(6);

        const followed = new Set<string>();
        for (const chip of chips) {
          await page.goto(useCase);
          await page.locator(`main a[href="${chip.href}"]`).first().click();
          await expect(page).toHaveURL(new RegExp(`${chip.href.replace(/[?#]/g, "\\$&")}$`));
          const link = explorerLinkAfterChip(page, chip.href, locale);
          await expect(link, chip.href).toBeVisible();
          await expect(link).toHaveAttribute("href", `/${locale}/explore?${chip.facet}=${chip.slug}`);
          // Follow one chip of each kind all the way into the explorer: it lists this use case.
          if (followed.has(chip.facet)) continue;
          followed.add(chip.facet);
          await link.click();
          await expect(page).toHaveURL(new RegExp(`/${locale}/explore\\?${chip.facet}=${chip.slug}$`));
          await expect(page.getByRole("link", { name: TEXT[locale].title }).first()).toBeVisible();
        }
        expect([...followed].sort()).toEqual(["challenge", "domain", "mechanism", "technique"]);
      });

      test("home: the hero search goes to the explorer, and each domain card is one link", async ({ page }) => {
        await page.goto(`/${locale}`);
        const box = page.getByRole("searchbox", { name: TEXT[locale].search });
        await expect(box).toHaveAttribute("data-slash-target", "");
        await expect(page.getByRole("link", { name: TEXT[locale].all })).toHaveAttribute("href", `/${locale}/explore`);

        const cards = page.getByRole("region", { name: locale === "en" ? "Domains" : "领域", exact: true }).getByRole("listitem");
        await expect(cards).toHaveCount(4);
        for (const card of await cards.all()) await expect(card.getByRole("link")).toHaveCount(1);
        // A click anywhere on a card (here on its summary text) follows its one link.
        await cards.nth(1).scrollIntoViewIfNeeded();
        const summary = (await cards.nth(1).locator("p").last().boundingBox())!;
        await page.mouse.click(summary.x + summary.width / 2, summary.y + summary.height / 2);
        await expect(page).toHaveURL(new RegExp(`/${locale}/domains/healthcare$`));

        await page.goto(`/${locale}`);
        await box.fill(locale === "en" ? "diagnosis" : "诊断");
        await box.press("Enter");
        await expect(page).toHaveURL(new RegExp(`/${locale}/explore\\?q=${locale === "en" ? "diagnosis" : encodeURIComponent("诊断")}$`));
      });

      test("use-case cards on a domain page are one link each, clickable anywhere", async ({ page }) => {
        await page.goto(`/${locale}/domains/healthcare`);
        const cards = page.getByRole("region", { name: locale === "en" ? /^Use cases/ : /^应用场景/ }).getByRole("listitem");
        await expect(cards).toHaveCount(3);
        for (const card of await cards.all()) await expect(card.getByRole("link")).toHaveCount(1);
        const href = await cards.first().getByRole("link").getAttribute("href");
        await cards.first().scrollIntoViewIfNeeded();
        const summary = (await cards.first().locator("p").last().boundingBox())!;
        await page.mouse.click(summary.x + summary.width / 2, summary.y + summary.height / 2);
        await expect(page).toHaveURL(new RegExp(`${href}$`));
      });

      test("axe on the pages whose chips changed", async ({ page }) => {
        for (const path of ["", "/use-cases/medical-image-analysis", "/techniques/computer-vision", "/domains/healthcare", "/fusion", "/challenges"]) {
          await page.goto(`/${locale}${path}`);
          await expectNoSeriousA11yViolations(page);
        }
      });
    });
  }
}
