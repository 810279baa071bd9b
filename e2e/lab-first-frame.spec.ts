import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

/** The constant LAB_BUNDLE_MARKER in components/lab/lab-widget.tsx: present only in the lab's own JavaScript. */
const LAB_MARKER = "fusion-atlas-lab-bundle:v1";

/** Records the bodies of the scripts the page loads, to tell whether the lab's chunk has been fetched yet. */
function watchScripts(page: Page): () => Promise<boolean> {
  const bodies: Array<Promise<string>> = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script" && !response.url().endsWith(".js")) return;
    bodies.push(response.text().catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).some((b) => b.includes(LAB_MARKER));
}

const frame = (page: Page) => page.locator("[data-lab-first-frame]");

test.describe("the lab's server-rendered first frame", () => {
  test("the lab page's HTML carries the first frame: the data, the OLS line and the formulas, before any script", async ({ request }) => {
    for (const [locale, ols] of [
      ["en", "least-squares (OLS) line y = "],
      ["zh", "最小二乘（OLS）直线 y = "],
    ] as const) {
      const html = await (await request.get(`/${locale}/lab`)).text();
      expect(html).toContain("data-lab-first-frame");
      expect(html).toContain(ols);
      // 100 points of the article's task, one dot each (train and test paths), and KaTeX's formulas.
      expect((html.match(/h0/g) ?? []).length).toBeGreaterThanOrEqual(100);
      expect(html).toContain('class="katex"');
      expect(html).not.toContain(LAB_MARKER);
    }
  });

  test("without scripts the first frame stands on its own: named figures, a description, no axe violations", async ({ page }) => {
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    await page.goto("/en/techniques/sigmoid");
    const box = frame(page);
    await expect(box).toBeVisible();
    await expect(box.getByRole("figure", { name: "Data and fitted curve (original units)" })).toHaveAccessibleDescription(
      /^200 points \(\d+ for training, \d+ for testing\), the least-squares \(OLS\) line y = -?[\d.]+·x \+ -?[\d.]+ and the untrained model's fit\.$/,
    );
    await expect(box.getByRole("figure", { name: "Loss per epoch (MSE, normalized)" })).toHaveAccessibleDescription(/500 epochs are planned/);
    await expect(box.getByRole("button", { name: "Start the interactive lab" })).toBeVisible();
    // The activation page's formula is drawn by KaTeX on the server.
    await expect(box.locator(".katex").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a technique page loads the widget only when the reader nears it, in the frame's place", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const labLoaded = watchScripts(page);
    await page.goto("/en/techniques/sigmoid");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // Far below the first screen: nothing of the lab's code yet, the frame in place.
    expect(await labLoaded()).toBe(false);
    await expect(frame(page)).toHaveCount(1);
    const frameChart = await frame(page).getByRole("figure", { name: "Data and fitted curve (original units)" }).locator("div").first().boundingBox();

    await frame(page).getByRole("figure", { name: "Data and fitted curve (original units)" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeEnabled();
    await expect(frame(page)).toHaveCount(0);
    expect(await labLoaded()).toBe(true);
    // The live scatter chart's box has the height the picture had.
    const liveChart = await page.getByRole("figure", { name: "Data and fitted curve (original units)" }).locator('div[aria-hidden="true"]').first().boundingBox();
    expect(liveChart?.height).toBe(frameChart?.height);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(page.getByText("Finished after 500 epochs.")).toBeVisible({ timeout: 30_000 });
  });

  test("keyboard: tabbing into the frame loads the widget and focus goes on to its first control", async ({ page }) => {
    await page.route(/\.js(\?|$)/, async (route) => {
      // Slow the widget's own chunk a little, so that focus lands in the frame before the widget is there.
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(LAB_MARKER)) await new Promise((r) => setTimeout(r, 300));
      await route.fulfill({ response, body });
    });
    await page.goto("/zh/techniques/mse");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const start = frame(page).getByRole("button", { name: "启动交互式实验室" });
    await start.focus();
    await expect(page.getByRole("button", { name: "播放", exact: true })).toBeEnabled();
    await expect(frame(page)).toHaveCount(0);
    // Focus moved into the widget (its preset control), not back to the page's start.
    await expect(page.getByLabel("预设", { exact: true })).toBeFocused();
    // The widget, focused, has started loading uPlot's chunk, which the route above may still hold.
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  test("the lab page shows the frame first and the widget without any interaction", async ({ page }) => {
    await page.goto("/en/lab");
    await expect(page.getByText("Ready. Press Play to train.")).toBeVisible();
    await expect(frame(page)).toHaveCount(0);
    await expect(page.getByLabel("Preset", { exact: true })).toHaveValue("article");
    // Until the run changes, the widget shows the charts the server drew: no uPlot canvas yet.
    const loss = page.getByRole("figure", { name: "Loss per epoch (MSE, normalized)" });
    await expect(loss).toHaveAccessibleDescription(/^Before training \(epoch 0\)/);
    await expect(page.locator("canvas")).toHaveCount(0);
    // Another preset is another run: the live charts take over, in the same place under the results' heading (the
    // preset's summary above may take another line).
    const results = page.getByRole("heading", { name: "Results" });
    const offset = async () => ((await loss.boundingBox())?.y ?? 0) - ((await results.boundingBox())?.y ?? 0);
    const before = await offset();
    await page.getByLabel("Preset", { exact: true }).selectOption("high-noise");
    await expect(page.locator("canvas")).not.toHaveCount(0);
    await expect(loss).not.toHaveAccessibleDescription(/^Before training/);
    expect(await offset()).toBe(before);
  });
});
