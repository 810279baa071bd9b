// Aliases are edited like any field (issue 12): an editor adds an alias to a mechanism, and the explorer's search then
// finds that mechanism's use cases by it; the zh editor shows the field with its Chinese label.
import { expect, test } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

test.describe.configure({ timeout: 120_000 });

const editor = uniqueEmail("aliases-editor");
test.beforeAll(() => createUser(editor, "editor"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("an editor adds an alias to a mechanism and search finds its use cases by it", async ({ page }) => {
  const id = await idOf("FusionMechanism", "team-collaboration");
  const alias = `crew${Math.random().toString(36).slice(2, 7)}`;
  await signIn(page, editor);
  await page.goto(`/en/admin/mechanisms/${id}`);
  const field = page.getByLabel("Aliases (comma-separated; for search) — English");
  await expect(field).toHaveValue(/teamwork/);
  await field.fill(`${await field.inputValue()}， ${alias}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved as version \d+\./)).toBeVisible();
  const [row] = await queryDb<{ aliasesEn: string }>("select aliasesEn from FusionMechanism where id = ?", id);
  expect(row?.aliasesEn.endsWith(`, ${alias}`)).toBe(true);

  await page.goto(`/en/explore?q=${alias}`);
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3, name: "Disease diagnosis" })).toBeVisible();

  await page.goto(`/zh/admin/mechanisms/${id}`);
  await expect(page.getByLabel(/^别名（用逗号分隔，用于搜索）/).first()).toBeVisible();
});
