import { expect, test } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Each test works on a scratch entry of its own, created through the editor, so that the exact revision and audit
// lists it asserts cannot be disturbed by other specs, and nothing is left in the shared trash or seeded catalog.

// Generous: these drive several pages each, and the machine may be busy with other builds and browsers.
test.describe.configure({ timeout: 120_000 });

const editor = uniqueEmail("history-editor");
test.beforeAll(() => createUser(editor, "editor"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("history shows a field-level diff, and restoring an old revision creates a new one", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const slug = `history-scratch-${suffix}`;
  await signIn(page, editor);
  await page.goto("/en/admin/challenges/new");
  await page.getByLabel("Name — English").fill(`History scratch ${suffix}`);
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Summary — English").fill("Models are hard to explain.");
  await page.getByRole("button", { name: "Create challenge" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/challenges\/\d+\?created=1$/);
  const id = await idOf("Challenge", slug);
  const original = (await queryDb<{ summaryEn: string; version: number }>("select summaryEn, version from Challenge where id = ?", id))[0];
  expect(original).toEqual({ summaryEn: "Models are hard to explain.", version: 1 });
  if (!original) return;
  await page.getByLabel("Summary — English").fill("Explaining model decisions is hard.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${original.version + 1}.`)).toBeVisible();

  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^History: / })).toBeVisible();
  const diff = page.getByRole("region", { name: `Changes from version ${original.version} to version ${original.version + 1}` });
  await expect(diff.getByText("Summary — English")).toBeVisible();
  await expect(diff.locator("ins").first()).toBeVisible();
  await expect(diff.locator("del").first()).toBeVisible();
  await expect(diff).toContainText("Explaining model decisions is hard.".split(" ")[0] as string);

  await page.getByRole("button", { name: `Restore version ${original.version}` }).click();
  await page.getByRole("button", { name: new RegExp(`Yes, restore version ${original.version}`) }).click();
  await expect(page.getByText(`Version ${original.version} restored as a new version.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Restored an old version" })).toBeVisible();
  const after = (await queryDb<{ summaryEn: string; version: number }>("select summaryEn, version from Challenge where id = ?", id))[0];
  expect(after).toEqual({ summaryEn: original.summaryEn, version: original.version + 2 });
  expect((await queryDb<{ action: string }>("select action from Revision where entityType = 'challenge' and entityId = ? order by version", id)).map((r) => r.action)).toEqual([
    "create",
    "update",
    "revert",
  ]);

  // Any two revisions can be compared.
  await page.getByRole("radio", { name: `Compare from version ${original.version}` }).check();
  await page.getByRole("radio", { name: `Compare to version ${original.version + 2}` }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText("No differences between these two versions.")).toBeVisible();
});

test("soft delete hides an entry from the public site; restoring it from the trash brings it back", async ({ page, request }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const slug = `trash-scratch-${suffix}`;
  await signIn(page, editor);
  await page.goto("/en/admin/use-cases/new");
  await page.getByLabel("Title — English").fill(`Trash scratch ${suffix}`);
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Domain").selectOption(String(await idOf("Domain", "logistics")));
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Create use case" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/use-cases\/\d+\?created=1$/);
  const id = await idOf("UseCase", slug);
  expect((await request.get(`/en/use-cases/${slug}`)).status()).toBe(200);
  await page.getByRole("button", { name: "Move to trash" }).click();
  await page.getByRole("button", { name: "Yes, move to trash" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/use-cases$/);
  // The confirmation outlives the editor page the button was on.
  await expect(page.getByRole("status").filter({ hasText: "Moved to the trash." })).toBeVisible();
  expect((await queryDb<{ deletedAt: number | null }>("select deletedAt from UseCase where id = ?", id))[0]?.deletedAt).not.toBeNull();
  expect((await request.get(`/en/use-cases/${slug}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/use-cases/${slug}`)).status()).toBe(404);

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Trash" }).click();
  const row = page.getByRole("row").filter({ hasText: slug });
  await expect(row).toBeVisible();
  // Editors restore; only admins may delete for good.
  await expect(row.getByRole("button", { name: /Delete forever/ })).toHaveCount(0);
  await row.getByRole("button", { name: /^Restore / }).click();
  // The restored row leaves the table in the same re-render; its confirmation must stay (it used to vanish with it).
  await expect(page.getByRole("row").filter({ hasText: slug })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
  expect((await queryDb<{ deletedAt: number | null }>("select deletedAt from UseCase where id = ?", id))[0]?.deletedAt).toBeNull();
  expect((await request.get(`/en/use-cases/${slug}`)).status()).toBe(200);
  expect((await queryDb<{ action: string }>("select action from AuditLog where entityType = 'use-case' and entityId = ? and action like 'content.%' order by id", String(id))).map((r) => r.action)).toEqual([
    "content.create",
    "content.delete",
    "content.restore",
  ]);
});
