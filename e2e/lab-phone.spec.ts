import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import enLab from "../messages/en.lab.json";
import zhLab from "../messages/zh.lab.json";
import { expectNoSeriousA11yViolations } from "./helpers";

/** The lab where people use it (issue #19): on a phone and a desktop, in both languages. */

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;
const LOCALES = [
  { locale: "en", m: enLab.lab },
  { locale: "zh", m: zhLab.lab },
] as const;

type Messages = (typeof LOCALES)[number]["m"];

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A number of the report, by its label (the <dd> after the <dt> with that exact text). */
async function reportNumber(page: Page, label: string): Promise<number> {
  const dd = page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .locator("xpath=following-sibling::dd[1]");
  const text = (await dd.innerText()).trim();
  const value = Number(text);
  expect(Number.isFinite(value), `${label} = "${text}"`).toBe(true);
  return value;
}

async function resultNumbers(page: Page, m: Messages) {
  return {
    mse: await reportNumber(page, m.report.mseNormalized),
    ols: await reportNumber(page, m.report.olsOptimum),
    w: await reportNumber(page, m.report.w),
    b: await reportNumber(page, m.report.b),
  };
}

/** Entirely inside the viewport, as it is (no scrolling). */
async function expectInViewport(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, "has a box").not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

/** The loss chart's box: uPlot records there what it drew (epoch tick labels, y scale and range). */
function lossChartBox(page: Page) {
  return page.locator("[data-y-scale]");
}

async function expectOlsInRange(page: Page, ols: number) {
  const box = lossChartBox(page);
  const min = Number(await box.getAttribute("data-y-min"));
  const max = Number(await box.getAttribute("data-y-max"));
  expect(min).toBeLessThan(ols);
  expect(max).toBeGreaterThan(ols);
}

async function noHorizontalScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** Opens a settings group if it is folded (phones show them folded). */
async function openGroup(page: Page, name: string) {
  const summary = page.locator("summary", { hasText: new RegExp(`^${escapeRegExp(name)}$`) });
  const open = await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

for (const vp of VIEWPORTS) {
  for (const { locale, m } of LOCALES) {
    test.describe(`lab at ${vp.width}×${vp.height} (${vp.name}), ${locale}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height } });

      test("first visit is the article's preset; learning rate and Play are on screen; a diverging run shows whole epochs on a log scale", async ({
        page,
      }) => {
        await page.goto(`/${locale}/lab`);
        const preset = page.getByLabel(m.presets.label, { exact: true });
        await expect(preset).toHaveValue("article");
        await expect(preset.locator("option:checked")).toHaveText(m.presets.article);
        await expect(preset.locator("option", { hasText: m.presets.custom })).toHaveCount(0);
        await expect(page.getByRole("heading", { name: m.widget.formulas })).toBeVisible();
        // A first frame, ready to Play: the data and the OLS reference are there before any training. Until the run
        // changes or starts, the widget shows the charts as the server drew them (its loss figure says "before
        // training"); the live charts take over below, once the learning rate changes.
        await expect(page.getByText(m.controls.status.idle)).toBeVisible();
        const beforeTraining = (locale === "zh" ? zhLab : enLab).labFirstFrame.lossDescription.split("{start}")[0] ?? "";
        await expect(page.getByRole("figure", { name: m.charts.lossTitle })).toHaveAccessibleDescription(new RegExp(`^${beforeTraining.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
        await noHorizontalScroll(page);

        const lr = page.getByLabel(m.fields.learningRate, { exact: true });
        const play = page.getByRole("button", { name: m.controls.play, exact: true });
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        await expectInViewport(page, lr);
        await expectInViewport(page, play);
        await lr.fill("1.2");
        await expectInViewport(page, play);
        await play.click();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);

        // lr 1.2 on the article's data diverges in epoch 7 (the loss grows from the first epoch on).
        await expect(page.getByText(fill(m.controls.status.diverged, { epoch: 7 }))).toBeVisible();
        const logSwitch = page.getByRole("checkbox", { name: m.charts.logScale });
        await expect(logSwitch).toBeChecked();
        const box = lossChartBox(page);
        await expect(box).toHaveAttribute("data-y-scale", "log");
        const ticks = ((await box.getAttribute("data-epoch-ticks")) ?? "").split(" ");
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
        expect(Number(ticks.at(-1))).toBeLessThanOrEqual(7);
        const ols = await reportNumber(page, m.report.olsOptimum);
        await expectOlsInRange(page, ols);

        // Switched off, the OLS line is still in range on the linear scale.
        await logSwitch.uncheck();
        await expect(box).toHaveAttribute("data-y-scale", "linear");
        await expectOlsInRange(page, ols);
        for (const tick of ((await box.getAttribute("data-epoch-ticks")) ?? "").split(" ")) expect(tick).toMatch(/^\d+$/);
        await noHorizontalScroll(page);
      });

      test("the CSV box shows no error before input, names the row after bad input, and keeps the last valid data", async ({ page }) => {
        await page.goto(`/${locale}/lab`);
        await openGroup(page, m.fields.data);
        await page.getByLabel(m.fields.dataKind, { exact: true }).selectOption({ label: m.fields.dataKinds.csv });
        const field = page.getByLabel(m.csv.label, { exact: true });
        await expect(field).toBeVisible();
        await expect(page.getByText(m.csv.errors.empty)).toHaveCount(0);
        await expect(page.getByText(m.csv.errorsHeading)).toHaveCount(0);
        await expect(field).toHaveAttribute("aria-invalid", "false");

        // Leaving the empty field checks it.
        await field.focus();
        await field.blur();
        await expect(page.getByText(m.csv.errors.empty)).toBeVisible();

        await field.fill("x,y\n1,2\n2,4.1\n3,5.9\n4,8.2");
        await expect(page.getByText(fill(m.csv.ok, { count: 4 }))).toBeVisible();
        const play = page.getByRole("button", { name: m.controls.play, exact: true });
        await expect(play).toBeEnabled();

        await field.fill("x,y\n1,2\n3,abc\n4,8");
        await expect(page.getByText(fill(m.csv.errors.notANumber, { row: 3, column: "y", value: "abc" }))).toBeVisible();
        await expect(field).toHaveAttribute("aria-invalid", "true");
        // The previous valid data is kept (and trains) until the new data is valid.
        await expect(page.getByText(fill(m.csv.keptPrevious, { count: 4 }))).toBeVisible();
        await expect(play).toBeEnabled();
        await play.click();
        await expect(page.getByText(fill(m.controls.status.done, { epoch: 100 }))).toBeVisible();
        await noHorizontalScroll(page);
      });

      test("Copy link puts the canonical URL on the clipboard, and it reproduces the same numbers in a fresh context", async ({
        page,
        context,
        browser,
      }) => {
        await context.grantPermissions(["clipboard-read", "clipboard-write"]);
        await page.goto(`/${locale}/lab`);
        await page.getByLabel(m.fields.learningRate, { exact: true }).fill("0.05");
        await page.getByLabel(m.fields.epochs, { exact: true }).fill("40");
        await page.getByRole("button", { name: m.controls.play, exact: true }).click();
        await expect(page.getByText(fill(m.controls.status.done, { epoch: 40 }))).toBeVisible();
        const numbers = await resultNumbers(page, m);

        await page.getByRole("button", { name: m.share.copy, exact: true }).click();
        await expect(page.getByText(m.share.copied)).toBeVisible();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        const url = new URL(copied);
        expect(url.pathname).toBe(`/${locale}/lab`);
        expect(url.searchParams.get("lr")).toBe("0.05");
        expect(url.searchParams.get("epochs")).toBe("40");

        const fresh = await openFresh(browser, vp);
        try {
          await fresh.goto(copied);
          await expect(fresh.getByText(fill(m.controls.status.done, { epoch: 40 }))).toBeVisible();
          expect(await resultNumbers(fresh, m)).toEqual(numbers);
        } finally {
          await fresh.context().close();
        }
      });

      test(`axe: no serious or critical violations (${vp.name}, ${locale})`, async ({ page }) => {
        test.slow(); // axe over a page full of KaTeX markup takes a while
        await page.goto(`/${locale}/lab?preset=article&run=1`);
        await expect(page.getByText(fill(m.controls.status.done, { epoch: 100 }))).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });
    });
  }
}

async function openFresh(browser: Browser, vp: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
  return context.newPage();
}

test.describe("sharing when copying or the link cannot carry everything", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("without a clipboard the link is shown to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
      document.execCommand = () => false;
    });
    await page.goto("/en/lab?preset=high-noise");
    await page.getByRole("button", { name: enLab.lab.share.copy, exact: true }).click();
    const manual = page.getByLabel(enLab.lab.share.manual);
    await expect(manual).toBeVisible();
    const url = new URL(await manual.inputValue());
    expect(url.pathname).toBe("/en/lab");
    expect(url.searchParams.get("preset")).toBe("high-noise");
  });

  test("own data too long for a link is left out of it, said so, and offered as a download (zh)", async ({ page, context }) => {
    const m = zhLab.lab;
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/zh/lab");
    await openGroup(page, m.fields.data);
    await page.getByLabel(m.fields.dataKind, { exact: true }).selectOption({ label: m.fields.dataKinds.csv });
    const rows = Array.from({ length: 300 }, (_, i) => `${(i / 300).toFixed(4)},${(2 * (i / 300) + 0.3 * Math.sin(i)).toFixed(4)}`);
    const csv = `x,y\n${rows.join("\n")}`;
    await page.getByLabel(m.csv.label, { exact: true }).fill(csv);
    await expect(page.getByText(fill(m.csv.ok, { count: 300 }))).toBeVisible();
    await expect(page.getByText(m.share.dataLeftOut)).toBeVisible();
    expect(new URL(page.url()).searchParams.has("csv")).toBe(false);

    await page.getByRole("button", { name: m.share.copy, exact: true }).click();
    await expect(page.getByText(m.share.copiedNoData)).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get("data")).toBe("csv");
    expect(copied.searchParams.has("csv")).toBe(false);
    expect(copied.toString().length).toBeLessThan(2048);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: m.share.download, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("utf8").trim()).toBe(csv);
  });
});

test.describe("the run bar on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("stays on screen while the page scrolls, and a focused field is not hidden under it", async ({ page }) => {
    const m = enLab.lab;
    await page.goto("/en/lab");
    await expect(page.getByText(m.controls.status.idle)).toBeVisible();
    await openGroup(page, m.fields.data);
    // To the lab's end: the article's steps that follow it are reading, and the bar need not follow there.
    await page.locator("#article-steps").evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight));
    const bar = page.getByRole("region", { name: m.bar.label });
    const play = page.getByRole("button", { name: m.controls.play, exact: true });
    await expectInViewport(page, play);
    await expectInViewport(page, page.getByLabel(m.fields.learningRate, { exact: true }));

    // A field that sits under the bar when the keyboard reaches it is brought out from under it.
    await page.getByLabel(m.fields.noise, { exact: true }).evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    const seed = page.getByLabel(m.fields.seed, { exact: true });
    await seed.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 60));
    await page.keyboard.press("Tab");
    await expect(seed).toBeFocused();
    const barBox = await bar.boundingBox();
    const seedBox = await seed.boundingBox();
    expect(barBox && seedBox).toBeTruthy();
    if (barBox && seedBox) expect(seedBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
  });
});
