import { expect, test } from "@playwright/test";
import { HTML_ACCEPT, untilStoreHit } from "./page-store-support";
import { createUser, idOf, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// The proxy's public page store (lib/cache/public-page-cache.ts) keeps pages per catalog version, as Next.js's page
// cache does: a save shows on the public page at the saving instance's very next request (DESIGN.md), and a signed-in
// editor gets the same public page as anyone (the public pages do not depend on the visitor).

test.describe.configure({ timeout: 120_000 });

const admin = uniqueEmail("page-store-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("a saved edit is on the public page at the next request, in place of the stored copy", async ({ page, request }) => {
  const path = "/en/techniques/relu";
  const before = await untilStoreHit(request, path);
  const summary = `ReLU summary ${Math.random().toString(36).slice(2, 9)}`;
  expect(await before.text()).not.toContain(summary);

  await signIn(page, admin);
  await page.goto(`/en/admin/techniques/${await idOf("Technique", "relu")}`);
  await page.getByLabel("Summary — English").fill(summary);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved as version \d+\./)).toBeVisible();

  // No waiting: the very next request after the save.
  const after = await request.get(path, { headers: { accept: HTML_ACCEPT } });
  expect(after.status()).toBe(200);
  expect(after.headers()["x-fusion-atlas-cache"]).toBe("MISS");
  expect(await after.text()).toContain(summary);
  const again = await untilStoreHit(request, path);
  expect(await again.text()).toContain(summary);

  // The signed-in editor's page load of the public page is the same stored page.
  const response = await page.goto(path);
  expect(response?.headers()["x-fusion-atlas-cache"]).toBe("HIT");
  await expect(page.getByText(summary)).toBeVisible();
  expect(await response?.text()).toBe(await again.text());
});
