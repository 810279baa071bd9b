import { expect, test } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";
import { expectNoSeriousA11yViolations } from "./helpers";

// Issue 14: each revision row says what changed and who, and links to its diff.
test.describe.configure({ timeout: 120_000 });

const editor = uniqueEmail("history-summary");
test.beforeAll(() => createUser(editor, "editor"));

test("history rows summarise each revision's changes and link to its diff (en and zh)", async ({ browser }, testInfo) => {
  const id = await idOf("Technique", "cross-entropy");
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  await signIn(page, editor);
  await page.goto(`/en/admin/techniques/${id}`);
  const start = (await queryDb<{ version: number }>("select version from Technique where id = ?", id))[0]?.version ?? 0;
  // Values of this attempt's own: a retry that wrote the first attempt's values again would save a revision with no
  // changes to summarise.
  const attempt = `${testInfo.retry + 1}-${Date.now() % 100_000}`;
  await page.getByLabel("Summary — English").fill(`History summary test ${attempt}.`);
  await page.getByLabel("Name — Chinese").fill(`交叉熵（历史 ${attempt}）`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${start + 1}.`)).toBeVisible();

  await page.goto(`/en/admin/techniques/${id}/history`);
  const row = page.getByRole("row", { name: new RegExp(`^${start + 1}`) });
  await expect(row).toContainText("Name (zh), Summary (en)");
  await expect(row).toContainText(editor);
  await row.getByRole("link", { name: `Diff (version ${start + 1})` }).click();
  await expect(page.getByRole("heading", { name: `Changes from version ${start} to version ${start + 1}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "history (en)");

  await page.goto(`/zh/admin/techniques/${id}/history`);
  await expect(page.getByRole("columnheader", { name: "改了什么" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`^${start + 1}`) }).getByRole("link", { name: `差异 (第 ${start + 1} 版)` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "history (zh)");
  await context.close();
});
