import { expect, test } from "@playwright/test";
import { createUser, E2E_PASSWORD, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Generous: these drive several pages each, and the machine may be busy with other builds and browsers.
test.describe.configure({ timeout: 120_000 });

const editor = uniqueEmail("roles-editor");
test.beforeAll(() => createUser(editor, "editor"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("an editor cannot reach user management, and its direct requests are refused with the database unchanged", async ({ page }) => {
  await signIn(page, editor);
  const nav = page.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Use cases" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  await page.goto("/en/admin/users");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
  await page.goto("/en/admin/audit");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();

  const sneaky = uniqueEmail("sneaky");
  const post = await page.request.post("/api/admin/users", { data: { email: sneaky, name: "Sneaky", role: "admin", password: E2E_PASSWORD } });
  expect(post.status()).toBe(403);
  const imported = await page.request.post("/api/admin/import?mode=apply", { data: { format: "fusion-atlas/catalog" } });
  expect(imported.status()).toBe(403);
  expect((await page.request.get("/api/admin/export")).status()).toBe(403);
  // The refused request created nobody (a count of all users would race with the specs that create theirs).
  expect(await queryDb("select 1 from User where email = ?", sneaky)).toHaveLength(0);
});

test("without a session the admin API answers 401, and cross-site posts are refused", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const intruder = uniqueEmail("anon");
  expect((await anonymous.post("/api/admin/users", { data: { email: intruder, name: "A", role: "admin", password: E2E_PASSWORD } })).status()).toBe(401);
  expect((await anonymous.post("/api/admin/import?mode=apply", { data: {} })).status()).toBe(401);
  expect((await anonymous.get("/api/admin/export")).status()).toBe(401);
  const crossSite = await anonymous.post("/api/admin/users", { headers: { origin: "https://evil.example" }, data: { email: intruder, name: "A", role: "admin", password: E2E_PASSWORD } });
  expect(crossSite.status()).toBe(403);
  const crossSiteSignIn = await anonymous.post("/api/auth/sign-in/email", { headers: { origin: "https://evil.example" }, data: { email: editor, password: E2E_PASSWORD } });
  expect(crossSiteSignIn.status()).toBe(403);
  expect(await queryDb("select 1 from User where email = ?", intruder)).toHaveLength(0);
  await anonymous.dispose();
});

test("an admin creates an editor, changes its role, disables and deletes it, all audited", async ({ page }) => {
  const admin = uniqueEmail("roles-admin");
  createUser(admin, "admin");
  const newbie = uniqueEmail("newbie");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }).click();
  const form = page.getByRole("form", { name: "Create a user" });
  await form.getByLabel("Email").fill(newbie);
  await form.getByLabel("Name").fill("Newbie");
  await form.getByLabel("Password").fill("password1234");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("That password is on the lists attackers try first; choose another.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(newbie);
  await form.getByLabel("Password").fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("User created.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: newbie });
  await expect(row).toBeVisible();

  await row.getByLabel(`Role of ${newbie}`, { exact: true }).selectOption("admin");
  await row.getByRole("button", { name: `Change role: ${newbie}` }).click();
  await expect(row.getByText("Role changed.")).toBeVisible();
  expect((await queryDb<{ role: string }>("select role from User where email = ?", newbie))[0]?.role).toBe("admin");
  await row.getByRole("button", { name: `Disable ${newbie}` }).click();
  await expect(page.getByRole("row").filter({ hasText: newbie }).getByText("Disabled", { exact: true })).toBeVisible();
  expect((await queryDb<{ disabled: number }>("select disabled from User where email = ?", newbie))[0]?.disabled).toBe(1);
  await page.getByRole("row").filter({ hasText: newbie }).getByRole("button", { name: `Delete ${newbie}` }).click();
  await page.getByRole("button", { name: /Yes, delete this user/ }).click();
  await expect(page.getByRole("row").filter({ hasText: newbie })).toHaveCount(0);
  expect(await queryDb("select 1 from User where email = ?", newbie)).toHaveLength(0);
  expect((await queryDb<{ action: string }>("select action from AuditLog where summary like ? and action like 'user.%' order by id", `${newbie}%`)).map((r) => r.action)).toEqual([
    "user.create",
    "user.role",
    "user.disable",
    "user.delete",
  ]);

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").selectOption("user.delete");
  await page.getByLabel("Who (email contains)").fill(admin);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=user.delete/);
  await expect(page.getByRole("cell", { name: newbie })).toBeVisible();
});
