import { expect, test, type Browser } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";
import { expectNoSeriousA11yViolations } from "./helpers";

// Issue 14: a save made on an older version merges; only a field both sides changed differently is a conflict.
test.describe.configure({ timeout: 120_000 });

// Each attempt (a retry, a repeat) writes values of its own: one that saved an earlier attempt's values again would
// change nothing, and the merges below would have nothing to merge.
let run = "";
test.beforeEach(() => {
  run = Date.now().toString(36);
});
const alice = uniqueEmail("merge-alice");
const bob = uniqueEmail("merge-bob");
test.beforeAll(() => {
  createUser(alice, "editor");
  createUser(bob, "editor");
});

async function twoEditors(browser: Browser, url: string) {
  const a = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const b = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, alice);
  await signIn(pageB, bob);
  await pageA.goto(url);
  await pageB.goto(url);
  return { pageA, pageB, close: async () => Promise.all([a.close(), b.close()]) };
}

const versionOf = async (id: number) => (await queryDb<{ version: number }>("select version from Technique where id = ?", id))[0]?.version ?? 0;

test("two people edit different fields: both saves succeed and the entry has both changes", async ({ browser }) => {
  const id = await idOf("Technique", "tanh");
  const { pageA, pageB, close } = await twoEditors(browser, `/en/admin/techniques/${id}`);
  const start = await versionOf(id);

  await pageA.getByLabel("Summary — English").fill(`Alice's tanh summary ${run}.`);
  await pageA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageA.getByText(`Saved as version ${start + 1}.`)).toBeVisible();

  await pageB.getByLabel("Name — English").fill(`Tanh (Bob ${run})`);
  await pageB.getByRole("button", { name: "Save", exact: true }).click();
  // No conflict: a merge, and Bob is told which of Alice's changes were kept.
  await expect(pageB.getByText(`Saved as version ${start + 2}, merged with version ${start + 1} by ${alice}. Their changes kept: Summary — English.`)).toBeVisible();
  await expect(pageB.getByRole("heading", { name: "Edit conflict" })).toHaveCount(0);
  // The form now shows the merged entry.
  await expect(pageB.getByLabel("Summary — English")).toHaveValue(`Alice's tanh summary ${run}.`);
  await expect(pageB.getByLabel("Name — English")).toHaveValue(`Tanh (Bob ${run})`);
  expect((await queryDb<{ summaryEn: string; nameEn: string; version: number }>("select summaryEn, nameEn, version from Technique where id = ?", id))[0]).toEqual({
    summaryEn: `Alice's tanh summary ${run}.`,
    nameEn: `Tanh (Bob ${run})`,
    version: start + 2,
  });
  const revisions = await queryDb<{ action: string; authorEmail: string }>(
    "select action, authorEmail from Revision where entityType = 'technique' and entityId = ? and version > ? order by version",
    id,
    start,
  );
  expect(revisions).toEqual([{ action: "update", authorEmail: alice }, { action: "merge", authorEmail: bob }]);
  await close();
});

test("the same field changed by both: conflict with base, theirs and yours, input kept, a choice per field, then save", async ({ browser }) => {
  const id = await idOf("Technique", "relu");
  const { pageA, pageB, close } = await twoEditors(browser, `/en/admin/techniques/${id}`);
  const start = await versionOf(id);
  const original = await pageB.getByLabel("Summary — English").inputValue();

  await pageA.getByLabel("Summary — English").fill(`Alice's ReLU summary ${run}.`);
  await pageA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageA.getByText(`Saved as version ${start + 1}.`)).toBeVisible();

  await pageB.getByLabel("Summary — English").fill(`Bob's ReLU summary ${run}.`);
  await pageB.getByLabel("Name — Chinese").fill(`修正线性单元（鲍勃 ${run}）`);
  await pageB.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageB.getByRole("heading", { name: "Edit conflict" })).toBeVisible();
  await expect(pageB.getByRole("alert").filter({ hasText: "Conflict" })).toContainText(`${alice} saved version ${start + 1}`);
  const table = pageB.getByRole("table", { name: "Original, saved version and your input" });
  const row = table.getByRole("row", { name: /Summary — English/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText(original);
  await expect(row.getByRole("cell").nth(1)).toHaveText(`Alice's ReLU summary ${run}.`);
  await expect(row.getByRole("cell").nth(2)).toHaveText(`Bob's ReLU summary ${run}.`);
  // Only the field both changed is listed; Bob's other change merges.
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(pageB.getByLabel("Summary — English")).toHaveValue(`Bob's ReLU summary ${run}.`);
  await expect(pageB.getByLabel("Name — Chinese")).toHaveValue(`修正线性单元（鲍勃 ${run}）`);
  await expectNoSeriousA11yViolations(pageB, "conflict panel");

  // Choosing the saved value puts it in the form; choosing "Mine" brings Bob's input back (never lost).
  const choice = pageB.getByRole("group", { name: "Value to keep for Summary — English" });
  await choice.getByLabel("Saved").check();
  await expect(pageB.getByLabel("Summary — English")).toHaveValue(`Alice's ReLU summary ${run}.`);
  await choice.getByLabel("Mine").check();
  await expect(pageB.getByLabel("Summary — English")).toHaveValue(`Bob's ReLU summary ${run}.`);
  expect(await versionOf(id)).toBe(start + 1);

  await pageB.getByRole("button", { name: `Apply my choices on version ${start + 1}` }).click();
  await pageB.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageB.getByText(`Saved as version ${start + 2}.`)).toBeVisible();
  expect((await queryDb<{ summaryEn: string; nameZh: string }>("select summaryEn, nameZh from Technique where id = ?", id))[0]).toEqual({
    summaryEn: `Bob's ReLU summary ${run}.`,
    nameZh: `修正线性单元（鲍勃 ${run}）`,
  });
  await close();
});

test("an open form learns without a reload that someone saved a newer version, and by whom", async ({ browser }) => {
  const id = await idOf("Technique", "sigmoid");
  const a = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const b = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, alice);
  await signIn(pageB, bob, "zh");
  await pageA.goto(`/en/admin/techniques/${id}`);
  await pageB.goto(`/zh/admin/techniques/${id}`);
  const start = await versionOf(id);
  await pageB.getByLabel("摘要（英文）").fill("Bob is typing.");

  await pageA.getByLabel("Summary — English").fill(`Alice saves first ${run}.`);
  await pageA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageA.getByText(`Saved as version ${start + 1}.`)).toBeVisible();
  // Alice's own form is not told about her own save.
  await expect(pageA.getByRole("status").filter({ hasText: "A newer version" })).toHaveCount(0);

  await expect(pageB.getByRole("status").filter({ hasText: `${alice} 于` })).toContainText(`较新的第 ${start + 1} 版`, { timeout: 15_000 });
  await expect(pageB.getByLabel("摘要（英文）")).toHaveValue("Bob is typing.");
  await a.close();
  await b.close();
});

test("the version endpoint answers editors only, without caching", async ({ browser, request }) => {
  const id = await idOf("Technique", "mse");
  expect((await request.get(`/api/admin/entries/techniques/${id}/version`)).status()).toBe(401);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const page = await context.newPage();
  await signIn(page, alice);
  const response = await page.request.get(`/api/admin/entries/techniques/${id}/version`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as { version: number; updatedAt: string; by: string | null };
  expect(body.version).toBe(await versionOf(id));
  expect(Number.isNaN(Date.parse(body.updatedAt))).toBe(false);
  expect((await page.request.get(`/api/admin/entries/techniques/999999/version`)).status()).toBe(404);
  await context.close();
});
