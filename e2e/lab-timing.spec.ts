import { expect, test } from "@playwright/test";

// Issue 18: the lab shows how long the worker spent training the fit (its epochs only), in both languages.

/** The number in "Trained in 0.042 ms" / "训练用时 0.042 毫秒" (locale digits: "." decimal point, "," grouping). */
function parseMs(text: string, pattern: RegExp): number {
  const match = pattern.exec(text.trim());
  expect(match, `"${text}" should match ${pattern}`).not.toBeNull();
  return Number((match?.[1] ?? "").replace(/,/g, ""));
}

test.describe("lab training time", () => {
  test("a finished fit shows the time the worker spent training it (en)", async ({ page }) => {
    await page.goto("/en/lab?preset=article&run=1");
    await expect(page.getByText("Finished after 100 epochs.")).toBeVisible();
    const timing = page.getByTestId("lab-training-time");
    await expect(timing).toHaveText(/^Trained in [\d.,]+ ms$/);
    const ms = parseMs(await timing.innerText(), /^Trained in ([\d.,]+) ms$/);
    // A real measurement: finite, positive or zero (clock granularity), and far below the page's own lifetime.
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(0);
    const pageLifetime = await page.evaluate(() => performance.now());
    expect(ms).toBeLessThan(pageLifetime);
  });

  test("the Chinese lab shows it in Chinese", async ({ page }) => {
    await page.goto("/zh/lab?preset=article&run=1");
    const timing = page.getByTestId("lab-training-time");
    await expect(timing).toHaveText(/^训练用时 [\d.,]+ 毫秒$/, { timeout: 30_000 });
  });

  test("no training time before the first epoch; one step shows it", async ({ page }) => {
    await page.goto("/en/lab?preset=article");
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeEnabled();
    await expect(page.getByTestId("lab-training-time")).toHaveCount(0);
    await page.getByRole("button", { name: "Step one epoch" }).click();
    await expect(page.getByTestId("lab-training-time")).toHaveText(/^Trained in [\d.,]+ ms$/);
  });
});
