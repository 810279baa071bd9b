import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import en from "../messages/en.json";
import zh from "../messages/zh.json";
import { createUser, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// The import form when the server could not apply the file and changed nothing: a 503 `timeout` (the transaction ran
// past its limit) or `unavailable` (the database was unreachable). The server's side of it (a real transaction that
// expires mid-import, rolled back, answered 503) is lib/editing/catalog/import-timeout.integration.test.ts; here the
// apply request is answered with that 503 by the browser, so that no spec's catalog is written under it.
test.describe.configure({ timeout: 120_000 });

const admin = uniqueEmail("import-timeout");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

const LABELS = {
  en: { file: "Catalog file (JSON)", dryRun: "Check the file (dry run)", valid: "The file is valid. This is what an import would do:", apply: /^Import / },
  zh: { file: "目录文件（JSON）", dryRun: "检查文件（试运行）", valid: "文件有效。导入将会：", apply: /^导入 / },
} as const;
const TEXTS = { en: en.importTimeout, zh: zh.importTimeout };

async function exportedFile(page: Page): Promise<string> {
  const response = await page.request.get("/api/admin/export");
  expect(response.status()).toBe(200);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-import-timeout-")), "catalog.json");
  fs.writeFileSync(file, await response.text());
  return file;
}

for (const locale of ["en", "zh"] as const) {
  test(`a timed-out import says nothing was changed and keeps its Import button for a retry (${locale})`, async ({ page }) => {
    await signIn(page, admin, locale);
    const file = await exportedFile(page);
    await page.goto(`/${locale}/admin/import-export`);
    const l = LABELS[locale];
    await page.getByLabel(l.file).setInputFiles(file);
    await page.getByRole("button", { name: l.dryRun }).click();
    await expect(page.getByText(l.valid)).toBeVisible({ timeout: 60_000 });

    const applies: string[] = [];
    const answers = [
      { code: "timeout", message: "The import took too long and was cancelled, so nothing was changed." },
      { code: "unavailable", message: "The database could not be reached, so nothing was changed." },
    ];
    await page.route("**/api/admin/import?mode=apply*", async (route) => {
      applies.push(route.request().url());
      const error = answers[applies.length - 1] ?? answers[1]!;
      await route.fulfill({ status: 503, headers: { "retry-after": "30" }, contentType: "application/json", body: JSON.stringify({ error }) });
    });

    const importButton = page.getByRole("button", { name: l.apply });
    await importButton.click();
    const status = page.getByRole("region", { name: locale === "en" ? "Import" : "导入" }).getByRole("status");
    await expect(status).toHaveText(TEXTS[locale].tooSlow);
    // Nothing was changed, so the same checked file can be sent again at once.
    await expect(importButton).toBeEnabled();
    await importButton.click();
    await expect(status).toHaveText(TEXTS[locale].unavailable);
    expect(applies).toHaveLength(2);
    const hash = (url: string) => new URL(url).searchParams.get("sha256");
    expect(hash(applies[0]!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(applies[1])).toBe(hash(applies[0]!));

    // Choosing another file withdraws the offer until that file is checked.
    const other = path.join(path.dirname(file), "other.json");
    fs.copyFileSync(file, other);
    await page.getByLabel(l.file).setInputFiles(other);
    await expect(importButton).toHaveCount(0);
  });
}
