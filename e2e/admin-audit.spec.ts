import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// The audit log read as a person reads it (#14): actions in words in both languages, the entry an event is about
// linked to its edit page and its history, the user agent short with the full text on demand, column headers apart
// from the filters' labels, and a table that fits 1,024 px and stacks as cards on a phone.

test.describe.configure({ timeout: 120_000 });

const admin = uniqueEmail("audit-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

/** The audit page filtered to this spec's admin, so other specs' events cannot get in the way. */
const auditOf = (locale: "en" | "zh") => `/${locale}/admin/audit?${new URLSearchParams({ actor: admin }).toString()}`;

async function createScratchChallenge(page: Page): Promise<{ id: number; slug: string }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const slug = `audit-scratch-${suffix}`;
  await page.goto("/en/admin/challenges/new");
  await page.getByLabel("Name — English").fill(`Audit scratch ${suffix}`);
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Summary — English").fill("A challenge made to be audited.");
  await page.getByRole("button", { name: "Create challenge" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/challenges\/\d+\?created=1$/);
  return { id: await idOf("Challenge", slug), slug };
}

/** Neither the page nor the table's own scroll region scrolls sideways. */
async function expectNoHorizontalOverflow(page: Page, label: string) {
  const widths = await page.evaluate(() => {
    const region = document.querySelector("[role=region] > table")?.parentElement;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: region ? region.scrollWidth - region.clientWidth : Number.NaN,
    };
  });
  expect(widths, label).toEqual({ page: 0, table: 0 });
}

test("actions read as words, the entry links to its edit page and history, the user agent opens on demand", async ({ page }) => {
  await signIn(page, admin);
  const { id, slug } = await createScratchChallenge(page);
  await page.goto(auditOf("en"));
  const table = page.getByRole("table", { name: "Audit log" });

  // Column headers are not the filters' labels.
  await expect(page.getByLabel("Who (email contains)")).toHaveValue(admin);
  await expect(table.getByRole("columnheader", { name: "Who", exact: true })).toBeAttached();
  await expect(table.getByRole("columnheader", { name: "What", exact: true })).toBeAttached();

  const created = table.getByRole("row").filter({ hasText: "Created an entry" });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(`${slug} v1`);
  await expect(table.getByRole("row").filter({ hasText: "Signed in" }).first()).toBeVisible();
  // No raw action code anywhere in the table.
  await expect(table).not.toContainText("content.create");
  await expect(table).not.toContainText("auth.login.success");
  // The action filter offers words too.
  await expect(page.getByLabel("Action").locator("option", { hasText: "Restored an old revision" })).toHaveAttribute("value", "content.revert");

  // The user agent: short at first, the full header on demand, by keyboard.
  const stored = await queryDb<{ userAgent: string }>("select userAgent from AuditLog where action = 'content.create' and entityId = ?", String(id));
  const fullAgent = stored[0]?.userAgent ?? "";
  expect(fullAgent.length).toBeGreaterThan(40);
  const full = created.getByText(fullAgent, { exact: true });
  await expect(full).toBeHidden();
  const summary = created.locator("summary");
  await expect(summary).toBeVisible();
  expect(((await summary.innerText()).split("(")[0] ?? "").trim().length).toBeLessThan(fullAgent.length);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(full).toBeVisible();

  // The entry: its edit page, then its history.
  await created.getByRole("link", { name: `Edit Challenge #${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/challenges/${id}$`));
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(slug);
  await page.goBack();
  await table.getByRole("row").filter({ hasText: "Created an entry" }).getByRole("link", { name: `History of Challenge #${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/challenges/${id}/history$`));
  await expect(page.getByRole("heading", { name: /^History: / })).toBeVisible();
});

test("the Chinese audit log speaks Chinese", async ({ page }) => {
  await signIn(page, admin);
  await createScratchChallenge(page);
  await page.goto(auditOf("zh"));
  const table = page.getByRole("table", { name: "审计日志" });
  await expect(table.getByRole("row").filter({ hasText: "新建了条目" }).first()).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "登录成功" }).first()).toBeVisible();
  await expect(table).not.toContainText("content.create");
  await expect(table.getByRole("columnheader", { name: "操作者", exact: true })).toBeAttached();
  await expect(page.getByLabel("操作者（邮箱包含）")).toHaveValue(admin);
});

for (const locale of ["en", "zh"] as const) {
  test(`fits 1,024 px and stacks on a 390 px phone, without axe violations (${locale})`, async ({ page }) => {
    await signIn(page, admin);
    await createScratchChallenge(page);
    // Every kind of cell at its widest: an open user agent too.
    for (const size of [{ width: 1024, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(size);
      await page.goto(auditOf(locale));
      const table = page.getByRole("table", { name: locale === "en" ? "Audit log" : "审计日志" });
      await expect(table.getByRole("row").nth(1)).toBeVisible();
      await table.locator("summary").first().click();
      await expectNoHorizontalOverflow(page, `${locale} at ${size.width} px`);
      const header = table.getByRole("columnheader").first();
      if (size.width < 640) {
        // Stacked: the header row is for screen readers only; each card labels its values.
        await expect(table.getByRole("rowgroup").first()).toHaveCSS("position", "absolute");
        const firstRow = table.getByRole("row").nth(1);
        const rowBox = await firstRow.boundingBox();
        expect(rowBox?.width ?? 0).toBeLessThanOrEqual(size.width);
        await expect(firstRow.getByText(locale === "en" ? "What" : "做了什么", { exact: true })).toBeVisible();
      } else {
        await expect(header).toBeVisible();
      }
      await expectNoSeriousA11yViolations(page, `${locale} audit at ${size.width} px`);
    }
  });
}
