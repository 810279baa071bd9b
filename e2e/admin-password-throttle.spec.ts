import { expect, test } from "@playwright/test";
import { createUser, E2E_PASSWORD, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Hardening: someone holding a signed-in session cannot guess the account's password through "Change password":
// after five wrong current passwords the field says when to try again, and even the right one is refused until then.
test.describe.configure({ timeout: 120_000 });

const guesser = uniqueEmail("password-throttle");
test.beforeAll(() => createUser(guesser, "editor"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("wrong current passwords are throttled per account with a 'try again in N minutes' field error", async ({ page }) => {
  await signIn(page, guesser);
  await page.goto("/en/admin/account");
  const current = page.getByLabel("Current password");
  await page.getByLabel("New password", { exact: true }).fill("a fresh passphrase for the throttle test");
  for (let i = 1; i <= 5; i++) {
    await current.fill(`wrong guess number ${i}`);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await expect(current).toHaveAttribute("aria-invalid", "true");
  }
  await current.fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Too many wrong current passwords. Try again in 15 minutes.")).toBeVisible();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription(/Try again in 15 minutes/);

  // The same in Chinese; the account is still signed in and its password unchanged.
  await page.goto("/zh/admin/account");
  await page.getByLabel("当前密码").fill(E2E_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("a fresh passphrase for the throttle test");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText(/当前密码输错次数过多，请 1[45] 分钟后再试。/)).toBeVisible();
});
