import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { createUser, idOf, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

const admin = uniqueEmail("a11y-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

for (const locale of ["en", "zh"] as const) {
  test(`axe: no serious or critical violations on the admin pages (${locale})`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, admin, locale);
    const useCase = idOf("UseCase", "route-planning");
    const pages = [
      "/admin",
      "/admin/use-cases",
      "/admin/use-cases/new",
      `/admin/use-cases/${useCase}`,
      `/admin/use-cases/${useCase}/history`,
      `/admin/use-cases/${useCase}/preview`,
      `/admin/techniques/${idOf("Technique", "sigmoid")}`,
      `/admin/resources/${idOf("Resource", "pytorch")}`,
      "/admin/notes/new",
      "/admin/faq",
      "/admin/trash",
      "/admin/users",
      "/admin/audit",
      "/admin/import-export",
    ];
    for (const path of pages) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("h1").first()).toBeVisible();
      await expectNoSeriousA11yViolations(page, `/${locale}${path}`);
    }
  });
}
