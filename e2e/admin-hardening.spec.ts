// Issue 16 against the running admin server: sign-in from the app's own host address (item 4) with a clear message
// when a post is refused as cross-site, the device cookie (item 3), the sign-in page's `next` (item 9), and text that
// cannot be stored refused with a 4xx and the database unchanged (item 6: users API, entry PUT API, import).
import { expect, test, type Page } from "@playwright/test";
import { createUser, E2E_PASSWORD, queryDb, uniqueEmail, uniqueIp, signInQuickly } from "../test-support/e2e-admin";

const admin = uniqueEmail("hardening-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

const LONE = "\ud800";

function ownHostUrl(baseURL: string | undefined): string {
  const url = new URL(baseURL as string);
  url.hostname = "127.0.0.1"; // APP_URL is http://localhost:<port>: this is the same server under another address
  return url.origin;
}

async function fillSignIn(page: Page, email: string, locale: "en" | "zh" = "en") {
  await page.getByLabel(locale === "en" ? "Email" : "邮箱").fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "密码").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "登录" }).click();
}

test.describe("sign-in from the app's own address", () => {
  test("works at 127.0.0.1 (not APP_URL's host) and leaves an HttpOnly device cookie", async ({ page, context, baseURL }) => {
    const origin = ownHostUrl(baseURL);
    await page.goto(`${origin}/en/admin/sign-in`);
    await fillSignIn(page, admin);
    await expect(page).toHaveURL(`${origin}/en/admin`, { timeout: 30_000 });
    // Scoped to /api/auth, so it is listed for the whole context rather than for the page's URL.
    const device = (await context.cookies()).find((c) => c.name === "atlas.device" && c.domain === "127.0.0.1");
    expect(device?.httpOnly).toBe(true);
    expect(device?.path).toBe("/api/auth");
  });

  test("a post refused as cross-site says why (en and zh), and is audited", async ({ page, baseURL }) => {
    // A browser will not let a page forge Origin, so the post is re-sent from outside the browser with a foreign
    // Origin, and the server's real answer is handed to the form.
    await page.route("**/api/auth/sign-in/email", async (route) => {
      const response = await route.fetch({ headers: { ...route.request().headers(), origin: "https://evil.example" } });
      expect(response.status()).toBe(403);
      await route.fulfill({ response });
    });
    await page.goto("/en/admin/sign-in");
    await fillSignIn(page, admin);
    await expect(page.getByRole("status")).toContainText(`does not accept sign-ins posted from this page's address (${new URL(baseURL as string).origin})`);
    await page.goto("/zh/admin/sign-in");
    await fillSignIn(page, admin, "zh");
    await expect(page.getByRole("status")).toContainText("登录被拒绝");
    const audit = await queryDb<{ details: string }>("select details from AuditLog where action = 'auth.cross-site' and details like ?", "%evil.example%");
    expect(audit.length).toBeGreaterThan(0);
  });
});

test.describe("the sign-in page's next parameter", () => {
  test("an unsafe next (U+2028, CR/LF, another host) sends a signed-in user to the dashboard, never a 500", async ({ page }) => {
    await signInQuickly(page, admin);
    for (const next of ["/en/admin/%E2%80%A8", "/en/admin/%0D%0ASet-Cookie:%20x=1", "/en/admin/%E2%80%A9x", "/en/admin//evil.example", "https://evil.example/en/admin/x"]) {
      const response = await page.goto(`/en/admin/sign-in?next=${next}`);
      expect(response?.status(), next).toBeLessThan(400);
      await expect(page, next).toHaveURL(/\/en\/admin$/);
    }
    await page.goto("/en/admin/sign-in?next=/en/admin/trash");
    await expect(page).toHaveURL(/\/en\/admin\/trash$/);
  });
});

test.describe("text that cannot be stored", () => {
  test("POST /api/admin/users: 400 with invalidText, and no user written", async ({ page }) => {
    await signInQuickly(page, admin);
    const users = async () => (await queryDb<{ n: number }>("select count(*) as n from User"))[0]?.n;
    const count = await users();
    for (const [field, value] of [["name", `N${LONE}`], ["email", `x${LONE}@example.org`], ["name", "N\u0000"]] as const) {
      const email = field === "email" ? value : uniqueEmail("lone");
      const body = JSON.stringify({ email, name: "Name", role: "editor", password: "correct horse battery staple", [field]: value });
      const response = await page.request.post("/api/admin/users", { data: body, headers: { "content-type": "application/json" } });
      expect(response.status(), field).toBe(400);
      expect(JSON.stringify(await response.json())).toContain("invalidText");
    }
    expect(await users()).toBe(count);
  });

  test("PUT /api/admin/entries: 422 with invalidText, and the entry unchanged", async ({ page }) => {
    await signInQuickly(page, admin);
    const id = (await queryDb<{ id: number }>("select id from Trend where deletedAt is null order by id limit 1"))[0]?.id as number;
    const current = (await (await page.request.get(`/api/admin/entries/trends/${id}`)).json()) as { version: number; values: Record<string, unknown> };
    const before = await queryDb("select * from Trend where id = ?", id);
    for (const value of [`Title ${LONE}`, "Title\u0000"]) {
      const response = await page.request.put(`/api/admin/entries/trends/${id}`, {
        data: JSON.stringify({ version: current.version, values: { ...current.values, nameEn: value } }),
        headers: { "content-type": "application/json" },
      });
      expect(response.status()).toBe(422);
      expect(JSON.stringify(await response.json())).toContain("invalidText");
    }
    expect(await queryDb("select * from Trend where id = ?", id)).toEqual(before);
  });

  test("import: the dry run reports it (422) and apply refuses it, the catalog unchanged", async ({ page }) => {
    await signInQuickly(page, admin);
    const exported = await (await page.request.get("/api/admin/export")).text();
    const file = JSON.parse(exported) as { trends: Array<Record<string, unknown>> };
    const first = file.trends[0] as Record<string, unknown>;
    first.nameEn = `Broken ${LONE}`;
    const body = JSON.stringify(file);
    const before = await queryDb("select id, nameEn, version from Trend order by id");
    for (const mode of ["dry-run", "apply"]) {
      const response = await page.request.post(`/api/admin/import?mode=${mode}`, { data: body, headers: { "content-type": "application/json" } });
      expect(response.status(), mode).toBe(422);
      expect(JSON.stringify(await response.json()), mode).toContain("invalidText");
    }
    expect(await queryDb("select id, nameEn, version from Trend order by id")).toEqual(before);
  });
});
