// Issue 15 on the public server: the suggestion form's contract, "Suggest an edit" on entity pages, the abuse
// controls with the real limits (minimum time, honeypot, 5 per address per hour → 429 with Retry-After, input kept),
// nothing sent is public, and axe on the new pages (en and zh, phone and desktop).
import { expect, test, type Page } from "@playwright/test";
import { uniqueIp } from "../test-support/e2e-admin";
import { expectNoSeriousA11yViolations, SUGGEST_MIN_WAIT_MS } from "./helpers";

async function fillNew(page: Page, title: string): Promise<void> {
  await page.getByLabel("Domain").selectOption({ index: 1 });
  await page.getByLabel("Title (English)").fill(title);
  await page.getByLabel("Source links (at least one; one per line, http or https)").fill("https://example.org/source");
}

test("entity pages link to 'Suggest an edit' / '建议修改', which opens the form with the current values", async ({ page }) => {
  for (const [path, name] of [
    ["/en/use-cases/disease-diagnosis", "Suggest an edit"],
    ["/en/domains/healthcare", "Suggest an edit"],
    ["/en/techniques/deep-learning", "Suggest an edit"],
    ["/zh/use-cases/disease-diagnosis", "建议修改"],
    ["/zh/domains/healthcare", "建议修改"],
    ["/zh/techniques/deep-learning", "建议修改"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("link", { name, exact: true }), path).toBeVisible();
  }
  await page.goto("/en/techniques/deep-learning");
  await page.getByRole("link", { name: "Suggest an edit", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/suggest\?entity=technique&slug=deep-learning/);
  await expect(page.getByLabel("Name (English)")).toHaveValue(/deep learning/i);
  await expect(page.getByRole("button", { name: "Send suggestion" })).toBeVisible();
  await page.goto("/zh/suggest");
  await expect(page.getByRole("button", { name: "提交建议" })).toBeVisible();
  await page.goto("/en/suggest?entity=use-case&slug=no-such-entry");
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Suggest an edit:");
});

for (const locale of ["en", "zh"] as const) {
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test(`the suggestion forms pass axe (${locale}, ${size.width}px)`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/${locale}/suggest`);
      await expectNoSeriousA11yViolations(page, `/${locale}/suggest at ${size.width}`);
      await page.goto(`/${locale}/suggest?entity=use-case&slug=disease-diagnosis`);
      await expectNoSeriousA11yViolations(page, `edit form ${locale} at ${size.width}`);
      await page.goto(`/${locale}/suggest/status/${"x".repeat(32)}`);
      await expectNoSeriousA11yViolations(page, `unknown status ${locale} at ${size.width}`);
    });
  }
}

test("field errors, too fast, and the honeypot: refused with a reason, input kept, nothing stored", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  await page.goto("/en/suggest");
  await page.getByLabel("Title (English)").fill("No source given");
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention; your input is kept." })).toBeVisible();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue("No source given");

  await page.goto("/en/suggest");
  await fillNew(page, "Sent far too fast");
  const tooFast = page.waitForResponse((r) => r.url().endsWith("/api/suggestions"));
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const fast = await tooFast;
  expect(fast.status()).toBe(429);
  await expect(page.getByRole("alert").filter({ hasText: "quicker than a person" })).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue("Sent far too fast");

  await page.goto("/en/suggest");
  await fillNew(page, "A robot filled this");
  await page.locator('input[name="website"]').fill("http://spam.example", { force: true });
  await page.waitForTimeout(SUGGEST_MIN_WAIT_MS);
  await page.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "looks as if a program filled it in" })).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue("A robot filled this");
  await context.close();
});

test("the real per-address limit: five in an hour, the sixth gets 429 with Retry-After and keeps its input; nothing is public", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const token = `Sglimit${Math.random().toString(36).slice(2, 8)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  for (let i = 1; i <= 5; i++) {
    await page.goto("/en/suggest");
    await fillNew(page, `${token} number ${i}`);
    await page.waitForTimeout(SUGGEST_MIN_WAIT_MS);
    await page.getByRole("button", { name: "Send suggestion" }).click();
    await expect(page).toHaveURL(/\/en\/suggest\/status\//, { timeout: 30_000 });
    await expect(page.getByText("Received — waiting for an editor")).toBeVisible();
  }
  await page.goto("/en/suggest");
  await fillNew(page, `${token} number 6`);
  await page.getByLabel("Details (optional, markdown)").fill("kept text");
  await page.waitForTimeout(SUGGEST_MIN_WAIT_MS);
  const refused = page.waitForResponse((r) => r.url().endsWith("/api/suggestions"));
  await page.getByRole("button", { name: "Send suggestion" }).click();
  const response = await refused;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("alert").filter({ hasText: "Too many suggestions for now" })).toBeVisible();
  await expect(page.getByLabel("Title (English)")).toHaveValue(`${token} number 6`);
  await expect(page.getByLabel("Details (optional, markdown)")).toHaveValue("kept text");

  for (const path of [`/api/v1/use-cases?q=${token}`, "/api/v1/use-cases?all=1", "/api/v1/use-cases?format=csv&all=1", "/en/feed.xml", "/zh/feed.xml", "/sitemap.xml", "/en/domains"]) {
    const body = await (await request.get(path)).text();
    expect(body.includes(`${token} number`), `${path} shows an unaccepted suggestion`).toBe(false);
  }
  await context.close();
});
