// The fusion map on any screen: a labelled scroll region with a visible hint whose row and column labels stay in
// place; rows ranked by domains bridged, then total; one computed sentence; colour steps that stay distinguishable
// and readable in light and dark mode; and the "From the article only / Include editorial links" switch.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

const TEXT = {
  en: { table: /Published use cases per technique/, row: "Natural language processing (NLP)", lastColumn: "Logistics and transportation", article: "From the article only", all: "Include editorial links", hint: "The table scrolls sideways" },
  zh: { table: /各技术（行）在各领域（列）/, row: "自然语言处理（NLP）", lastColumn: "物流运输", article: "仅限原文所述", all: "包括编辑补充的关联", hint: "表格可左右滑动" },
} as const;

/** The visible technique table's rows: [name, counts per domain]. */
async function rowsOf(page: Page, locale: "en" | "zh") {
  const table = page.getByRole("table", { name: TEXT[locale].table });
  return table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      name: (tr.querySelector("th")?.textContent ?? "").trim(),
      counts: [...tr.querySelectorAll("td")].map((td) => Number(td.querySelector("a")?.textContent ?? 0)),
    })),
  );
}

function contrast(a: number[], b: number[]): number {
  const lum = ([r, g, b]: number[]) => {
    const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}


for (const locale of ["en", "zh"] as const) {
  const T = TEXT[locale];

  test.describe(`phone, ${locale}`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("the table scrolls in a labelled region with a hint, and its labels stay visible", async ({ page }) => {
      await page.goto(`/${locale}/fusion-map`);
      const region = page.getByRole("region", { name: T.table });
      await expect(region).toBeVisible();
      await expect(page.getByText(T.hint).first()).toBeVisible();
      const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      const box = (await region.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);

      // Scrolled to the far right: the last domain is fully inside the region, and the row label is still in view.
      // (The row is brought into the viewport first: the legend and the counts note above the map push it down.)
      const table = page.getByRole("table", { name: T.table });
      await table.getByRole("rowheader", { name: T.row }).scrollIntoViewIfNeeded();
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const last = (await table.getByRole("columnheader", { name: T.lastColumn }).boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
      const row = (await table.getByRole("rowheader", { name: T.row }).boundingBox())!;
      expect(row.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(row.x + row.width).toBeLessThanOrEqual(box.x + box.width);
      // The row label is not covered by the cells that scrolled under it.
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("th")?.textContent ?? "", [row.x + 4, row.y + row.height / 2]);
      expect(hit.trim()).toBe(T.row);
    });

    test("axe on the phone-sized map, both views", async ({ page }) => {
      await page.goto(`/${locale}/fusion-map`);
      await expectNoSeriousA11yViolations(page);
      await page.getByLabel(T.article).check();
      await expectNoSeriousA11yViolations(page);
    });
  });

  test.describe(`desktop, ${locale}`, () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test("rows are ranked by domains bridged, then by total, and a sentence names the strongest finding", async ({ page }) => {
      await page.goto(`/${locale}/fusion-map`);
      const rows = await rowsOf(page, locale);
      expect(rows.length).toBeGreaterThan(5);
      const key = (r: { counts: number[] }) => [r.counts.filter((n) => n > 0).length, r.counts.reduce((a, b) => a + b, 0)];
      for (let i = 1; i < rows.length; i++) {
        const [spreadA, totalA] = key(rows[i - 1]);
        const [spreadB, totalB] = key(rows[i]);
        expect(spreadA > spreadB || (spreadA === spreadB && totalA >= totalB), `${rows[i - 1].name} before ${rows[i].name}`).toBe(true);
      }
      // The sentence names the top row and its reach.
      const [spread, total] = key(rows[0]);
      const sentence = page.getByText(rows[0].name).filter({ hasText: locale === "en" ? `(${spread} of 4, ${total} use cases)` : `4 个领域中的 ${spread} 个，共 ${total} 个应用场景` });
      await expect(sentence.first()).toBeVisible();
    });

    test("the basis switch changes the counts and where the cells lead, and back", async ({ page }) => {
      await page.goto(`/${locale}/fusion-map`);
      const before = await rowsOf(page, locale);
      const sum = (rows: Array<{ counts: number[] }>) => rows.flatMap((r) => r.counts).reduce((a, b) => a + b, 0);
      const table = page.getByRole("table", { name: T.table });
      await expect(table.getByRole("link").filter({ hasText: /^\d+$/ }).first()).toHaveAttribute("href", new RegExp(`^/${locale}/explore\\?domain=`));

      await page.getByLabel(T.article).focus();
      await page.keyboard.press("Space");
      await expect(page.getByLabel(T.article)).toBeChecked();
      const after = await rowsOf(page, locale);
      expect(sum(after)).toBeLessThan(sum(before));
      expect(after.map((r) => r.name)).toEqual([locale === "en" ? "Deep learning" : "深度学习"]);
      const cell = table.getByRole("link").filter({ hasText: /^\d+$/ });
      await expect(cell).toHaveCount(1);
      await expect(cell).toHaveAttribute("href", /^#fm-article-technique-healthcare-deep-learning$/);
      await cell.click();
      const statement = page.locator("#fm-article-technique-healthcare-deep-learning");
      await expect(statement).toBeInViewport();
      await statement.getByRole("link", { name: locale === "en" ? "Disease diagnosis" : "疾病诊断" }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/use-cases/disease-diagnosis$`));

      await page.goto(`/${locale}/fusion-map`);
      await page.getByLabel(T.article).check();
      await page.getByLabel(T.all).check();
      expect(sum(await rowsOf(page, locale))).toBe(sum(before));
    });

    for (const scheme of ["light", "dark"] as const) {
      test(`colour steps are distinct and their numbers readable (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${locale}/fusion-map`);
        // Computed colours may be oklch(); a canvas turns any CSS colour into sRGB bytes.
        const steps = await page.locator("[data-step]:visible").evaluateAll((els) => {
          const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
          const toRgb = (css: string) => {
            ctx.clearRect(0, 0, 1, 1);
            ctx.fillStyle = css;
            ctx.fillRect(0, 0, 1, 1);
            return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
          };
          const body = toRgb(getComputedStyle(document.body).backgroundColor);
          return els.map((el) => {
            const text = el.querySelector("a") ?? el;
            return { step: Number(el.getAttribute("data-step")), bg: toRgb(getComputedStyle(el).backgroundColor), color: toRgb(getComputedStyle(text).color), body };
          });
        });
        const page_ = steps[0].body;
        const byStep = new Map<number, { bg: number[]; color: number[] }>();
        for (const s of steps) if (s.step > 0) byStep.set(s.step, { bg: s.bg, color: s.color });
        expect(byStep.size).toBeGreaterThanOrEqual(3);
        const ordered = [...byStep.entries()].sort((a, b) => a[0] - b[0]);
        let previous = page_;
        for (const [step, { bg, color }] of ordered) {
          expect(contrast(bg, color), `text on step ${step}`).toBeGreaterThanOrEqual(4.5);
          expect(contrast(bg, previous), `step ${step} against the step below`).toBeGreaterThanOrEqual(1.3);
          previous = bg;
        }
      });
    }

    test("axe on the desktop map, both views", async ({ page }) => {
      await page.goto(`/${locale}/fusion-map`);
      await expectNoSeriousA11yViolations(page);
      await page.getByLabel(T.article).check();
      await expectNoSeriousA11yViolations(page);
    });
  });
}
