import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { expectPageShown } from "./page-audit";
import zhAdmin from "../messages/zh.admin.json";

const SIGN_IN_ZH = zhAdmin.admin.signIn.title;
const SIGN_OUT_ZH = zhAdmin.admin.shell.signOut;
const MENU_ZH = zhAdmin.admin.form.menu;
import { createUser, idOf, signInQuickly, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

const admin = uniqueEmail("a11y-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
test.describe.configure({ timeout: 120_000 });

const PAGES: Array<[string, () => string | Promise<string>]> = [
  ["dashboard", () => "/admin"],
  ["use-case list", () => "/admin/use-cases"],
  ["new use case", () => "/admin/use-cases/new"],
  ["use-case editor", async () => `/admin/use-cases/${await idOf("UseCase", "route-planning")}`],
  ["history", async () => `/admin/use-cases/${await idOf("UseCase", "route-planning")}/history`],
  ["preview", async () => `/admin/use-cases/${await idOf("UseCase", "route-planning")}/preview`],
  ["technique editor", async () => `/admin/techniques/${await idOf("Technique", "sigmoid")}`],
  ["resource editor", async () => `/admin/resources/${await idOf("Resource", "pytorch")}`],
  ["new note", () => "/admin/notes/new"],
  ["faq list", () => "/admin/faq"],
  ["trash", () => "/admin/trash"],
  ["users", () => "/admin/users"],
  ["audit log", () => "/admin/audit"],
  ["import/export", () => "/admin/import-export"],
  ["suggestions queue", () => "/admin/suggestions"],
  ["account", () => "/admin/account"],
];

for (const locale of ["en", "zh"] as const) {
  for (const [name, path] of PAGES) {
    test(`axe: no serious or critical violations on the admin ${name} page (${locale})`, async ({ page }) => {
      await signInQuickly(page, admin);
      const url = `/${locale}${await path()}`;
      const response = await page.goto(url);
      // The page asked for, signed in: a lost session would redirect to the sign-in page, which must not be the
      // page audited.
      await expectPageShown(page, response, { path: url, h1: /\S/ });
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(locale === "en" ? "Sign in to the admin" : SIGN_IN_ZH);
      await expect(page.getByRole("button", { name: locale === "en" ? "Sign out" : SIGN_OUT_ZH })).toBeVisible();
      await expectNoSeriousA11yViolations(page, url);
    });
  }
}

// Issue 14: the same pages on a phone, where the admin navigation is a menu behind one button and the page comes first.
test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const locale of ["en", "zh"] as const) {
    for (const [name, path] of PAGES) {
      test(`axe: no serious or critical violations on the admin ${name} page (${locale}, phone)`, async ({ page }) => {
        await signInQuickly(page, admin);
        const url = `/${locale}${await path()}`;
        const response = await page.goto(url);
        await expectPageShown(page, response, { path: url, h1: /\S/ });
        const menu = page.getByRole("button", { name: locale === "en" ? "Admin menu" : MENU_ZH });
        await expect(menu).toHaveAttribute("aria-expanded", "false");
        await expectNoSeriousA11yViolations(page, url);
        // Opened, the menu holds the navigation and Sign out, and is as accessible as the page.
        await menu.click();
        await expect(page.getByRole("button", { name: locale === "en" ? "Sign out" : SIGN_OUT_ZH })).toBeVisible();
        await expectNoSeriousA11yViolations(page, `${url} (menu open)`);
      });
    }
  }
});
