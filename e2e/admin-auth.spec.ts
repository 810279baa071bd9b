import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { createUser, E2E_PASSWORD, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

const admin = uniqueEmail("auth-admin");
test.beforeAll(() => createUser(admin, "admin"));

test.describe("sign-in and sign-out", () => {
  test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

  test("the admin redirects to sign-in without a session", async ({ page }) => {
    await page.goto("/en/admin/use-cases");
    await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
    await expect(page.getByLabel("Email")).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
  });

  test("signs in with labelled fields (en and zh), sets an HttpOnly cookie and signs out on the server", async ({ page, context }) => {
    await signIn(page, admin);
    const cookie = (await context.cookies()).find((c) => c.name === "atlas.session_token");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect((await queryDb<{ n: number }>("select count(*) as n from Session s join User u on u.id = s.userId where u.email = ?", admin))[0]?.n).toBe(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
    expect((await queryDb<{ n: number }>("select count(*) as n from Session s join User u on u.id = s.userId where u.email = ?", admin))[0]?.n).toBe(0);
    const actions = await queryDb<{ action: string; ip: string; userAgent: string }>(
      "select action, ip, userAgent from AuditLog where actorEmail = ? order by id",
      admin,
    );
    expect(actions.map((a) => a.action)).toEqual(["auth.login.success", "auth.logout"]);
    expect(actions[0]?.userAgent).not.toBe("");
    expect(actions[0]?.ip).toMatch(/^10\./);
    expect(await queryDb("select 1 from AuditLog where action = 'user.create' and actorEmail = 'cli:admin:create' and summary like ?", `${admin}%`)).toHaveLength(1);

    await signIn(page, admin, "zh");
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  });

  test("without JavaScript (or before the page's script has run) the Sign out form still signs out", async ({ browser }) => {
    const editor = uniqueEmail("no-script");
    createUser(editor, "editor"); // its own account: the test above counts the admin's sessions
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    try {
      const signedIn = await context.request.post("/api/auth/sign-in/email", { data: { email: editor, password: E2E_PASSWORD } });
      expect(signedIn.status()).toBe(200);
      const page = await context.newPage();
      await page.goto("/en/admin");
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
      await expect(page.getByLabel("Email")).toBeVisible();
      await page.goto("/en/admin");
      await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
    } finally {
      await context.close();
    }
  });

  test("the sign-in page has no serious axe violations", async ({ page }) => {
    for (const locale of ["en", "zh"]) {
      await page.goto(`/${locale}/admin/sign-in`);
      await expectNoSeriousA11yViolations(page);
    }
  });
});

test.describe("throttling", () => {
  test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

  test("the 6th failed attempt within a minute gets 429 with Retry-After, and the same message for unknown users", async ({ page }) => {
    const victim = uniqueEmail("throttled");
    createUser(victim, "editor");
    await page.goto("/en/admin/sign-in");
    await page.getByLabel("Email").fill(victim);
    for (let i = 0; i < 5; i += 1) {
      await page.getByLabel("Password").fill(`wrong password number ${i}`);
      const response = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email"));
      await page.getByRole("button", { name: "Sign in" }).click();
      expect((await response).status()).toBe(401);
      await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
    }
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    const sixth = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email"));
    await page.getByRole("button", { name: "Sign in" }).click();
    const response = await sixth;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(page.getByRole("status")).toContainText("Too many sign-in attempts");
    await expect(page).toHaveURL(/sign-in$/);

    // An unknown account gets exactly the message a wrong password gets (from a fresh IP, so not throttled).
    const other = await page.context().browser()?.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const otherPage = await other!.newPage();
    await otherPage.goto("/en/admin/sign-in");
    await otherPage.getByLabel("Email").fill(uniqueEmail("nobody"));
    await otherPage.getByLabel("Password").fill("whatever password 123");
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await expect(otherPage.getByRole("status")).toHaveText("Invalid email or password.");
    await other!.close();
  });
});
