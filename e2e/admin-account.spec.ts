import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createUser, E2E_DATABASE_URL, E2E_ON_POSTGRES, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";
import { expectNoSeriousA11yViolations } from "./helpers";

// Issue 14: a user changes their own password; a forgotten one comes back through a one-time link from the shell.
test.describe.configure({ timeout: 150_000 });

const ROOT = path.resolve(__dirname, "..");
const changer = uniqueEmail("account-change");
const forgetful = uniqueEmail("account-reset");
test.beforeAll(() => {
  createUser(changer, "editor");
  createUser(forgetful, "editor");
});

/** `npm run admin:reset-password -- --email …` against the admin server's database; returns its stdout. */
function resetLinkFor(email: string): string {
  const url = E2E_ON_POSTGRES ? E2E_DATABASE_URL : `file:${path.resolve(ROOT, E2E_DATABASE_URL.replace(/^file:/i, "").replace(/\?.*$/, ""))}`;
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "admin-reset-password.mjs"), "--email", email], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, APP_URL: "http://atlas.example" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`admin:reset-password failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

const auditCount = async (action: string, email: string) =>
  (await queryDb<{ n: number }>("select count(*) as n from AuditLog where action = ? and summary = ?", action, email))[0]?.n ?? 0;

test("a signed-in user changes their own password: current password required, weak ones refused with a reason, other sessions end", async ({ browser }) => {
  const a = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const b = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, changer);
  await signIn(pageB, changer);

  await pageA.getByRole("link", { name: "Your account" }).click();
  await expect(pageA.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(pageA, "account (en)");

  await pageA.getByLabel("Current password").fill("not my password at all");
  await pageA.getByLabel("New password", { exact: true }).fill("a fresh passphrase for the account test");
  await pageA.getByRole("button", { name: "Change password" }).click();
  await expect(pageA.getByText("That is not your current password.")).toBeVisible();

  await pageA.getByLabel("Current password").fill("e2e passphrase, long enough");
  for (const [weak, why] of [["qwertyuiopasdf", "walk along the keyboard"], ["1234qwerasdf", "walk along the keyboard"], ["Summer2024!!!", "The password is a common word"]] as const) {
    await pageA.getByLabel("New password", { exact: true }).fill(weak);
    await pageA.getByRole("button", { name: "Change password" }).click();
    await expect(pageA.getByText(why)).toBeVisible();
    await expect(pageA.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  }
  await expectNoSeriousA11yViolations(pageA, "account with errors (en)");

  await pageA.getByLabel("New password", { exact: true }).fill("a fresh passphrase for the account test");
  await pageA.getByRole("button", { name: "Change password" }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Password changed." })).toContainText("1 other session was signed out.");
  expect(await auditCount("user.password-change", changer)).toBe(1);

  // The other session ended; this one goes on.
  await pageB.goto("/en/admin");
  await expect(pageB).toHaveURL(/\/en\/admin\/sign-in/);
  await pageA.goto("/en/admin");
  await expect(pageA).toHaveURL(/\/en\/admin$/);

  const c = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  await signIn(await c.newPage(), changer, "en", "a fresh passphrase for the account test");

  // zh: the page speaks Chinese and passes axe.
  await pageA.goto("/zh/admin/account");
  await expect(pageA.getByLabel("当前密码")).toBeVisible();
  await expect(pageA.getByLabel("新密码")).toBeVisible();
  await expectNoSeriousA11yViolations(pageA, "account (zh)");
  await Promise.all([a.close(), b.close(), c.close()]);
});

test("a one-time reset link from the shell sets a new password once and ends every session", async ({ browser }) => {
  const a = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const pageA = await a.newPage();
  await signIn(pageA, forgetful);

  const output = resetLinkFor(forgetful);
  expect(output).toContain("valid for 30 minutes");
  const link = /http:\/\/atlas\.example(\/en\/admin\/reset-password\?token=[\w%-]+)/.exec(output)?.[1];
  expect(link).toBeTruthy();
  // Only a hash is stored.
  const token = decodeURIComponent(new URL(`http://x${link}`).searchParams.get("token") ?? "");
  const stored = await queryDb<{ identifier: string; value: string }>("select identifier, value from Verification where identifier like 'password-reset:%'");
  expect(stored.some((r) => r.identifier.includes(token))).toBe(false);
  expect(await auditCount("user.password-reset-link", forgetful)).toBe(1);

  const b = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const pageB = await b.newPage();
  await pageB.goto(link as string);
  await expect(pageB.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await expectNoSeriousA11yViolations(pageB, "reset password (en)");
  await pageB.getByLabel("New password", { exact: true }).fill("Summer2024!!!");
  await pageB.getByRole("button", { name: "Set new password" }).click();
  await expect(pageB.getByText("The password is a common word")).toBeVisible();
  await pageB.getByLabel("New password", { exact: true }).fill("remembered at last, a long passphrase");
  await pageB.getByRole("button", { name: "Set new password" }).click();
  await expect(pageB.getByRole("status")).toContainText(`The password for ${forgetful} was changed and every session was signed out.`);
  expect(await auditCount("user.password-reset", forgetful)).toBe(1);

  // Every session ended, the link is used up, and the new password signs in.
  await pageA.goto("/en/admin");
  await expect(pageA).toHaveURL(/\/en\/admin\/sign-in/);
  await pageB.goto(link as string);
  await expect(pageB.getByRole("alert").filter({ hasText: "This reset link is not valid" })).toBeVisible();
  await signIn(pageB, forgetful, "en", "remembered at last, a long passphrase");
  await pageB.goto(`/zh/admin/reset-password?token=nonsense`);
  await expect(pageB.getByRole("alert").filter({ hasText: "重置链接无效" })).toBeVisible();
  await Promise.all([a.close(), b.close()]);
});
