// Traits are edited like every entity: through the admin's generic editor, with a revision per version (the seed's
// import is revision 1), and the change shows on About at once.
import { expect, test } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

test.describe.configure({ timeout: 120_000 });

const admin = uniqueEmail("traits-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("an admin renames a trait; About and /api/v1/traits show it, and its history holds the seed's import and the save", async ({ page, request }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const name = `Broad applicability ${suffix}`;
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Traits" }).click();
  await page.getByRole("link", { name: /Broad applicability/ }).first().click();
  await expect(page.getByLabel("Name — Chinese")).toHaveValue("广泛的适用性");
  await expect(page.getByLabel("Basis")).toHaveValue("article");
  await page.getByLabel("Name — English").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved as version \d+\./)).toBeVisible();

  await page.goto("/en/about");
  await expect(page.locator("#trait-broad-applicability").getByRole("heading", { level: 3, name })).toBeVisible();
  const items = ((await (await request.get("/api/v1/traits")).json()) as { items: Array<{ slug: string; name: string }> }).items;
  expect(items.find((i) => i.slug === "broad-applicability")?.name).toBe(name);

  const id = await idOf("Trait", "broad-applicability");
  const revisions = await queryDb<{ version: number; action: string; authorEmail: string }>(
    "select version, action, authorEmail from Revision where entityType = 'trait' and entityId = ? order by version",
    id,
  );
  expect(revisions[0]).toEqual({ version: 1, action: "import", authorEmail: "" });
  expect(revisions.at(-1)).toMatchObject({ action: "update", authorEmail: admin });
});
