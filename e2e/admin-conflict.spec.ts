import { expect, test } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Generous: these drive several pages each, and the machine may be busy with other builds and browsers.
test.describe.configure({ timeout: 120_000 });

const alice = uniqueEmail("alice");
const bob = uniqueEmail("bob");
test.beforeAll(() => {
  createUser(alice, "editor");
  createUser(bob, "editor");
});

test("two people edit the same entry: the second save gets the conflict screen, keeps its input, and can reapply it", async ({ browser }) => {
  const id = await idOf("Technique", "computer-vision");
  const url = `/en/admin/techniques/${id}`;
  const a = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const b = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await signIn(pageA, alice);
  await signIn(pageB, bob);
  await pageA.goto(url);
  await pageB.goto(url);
  const start = (await queryDb<{ version: number }>("select version from Technique where id = ?", id))[0]?.version ?? 0;

  await pageA.getByLabel("Summary — English").fill("Alice's summary of computer vision.");
  await pageA.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageA.getByText(`Saved as version ${start + 1}.`)).toBeVisible();

  await pageB.getByLabel("Summary — English").fill("Bob's summary of computer vision.");
  await pageB.getByLabel("Summary — Chinese").fill("鲍勃的摘要。");
  await pageB.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageB.getByRole("heading", { name: "Edit conflict" })).toBeVisible();
  await expect(pageB.getByRole("alert").filter({ hasText: "Conflict" })).toContainText(`${alice} saved version ${start + 1}`);
  // Bob's input is intact, and Alice's version is shown beside it.
  await expect(pageB.getByLabel("Summary — English")).toHaveValue("Bob's summary of computer vision.");
  await expect(pageB.getByLabel("Summary — Chinese")).toHaveValue("鲍勃的摘要。");
  // Issue 14: the conflict lists only the field both changed (Bob's Chinese summary merges), with the original too.
  const table = pageB.getByRole("table", { name: "Original, saved version and your input" });
  await expect(table).toContainText("Alice's summary of computer vision.");
  await expect(table).toContainText("Bob's summary of computer vision.");
  expect((await queryDb<{ summaryEn: string; version: number }>("select summaryEn, version from Technique where id = ?", id))[0]).toEqual({
    summaryEn: "Alice's summary of computer vision.",
    version: start + 1,
  });

  await pageB.getByRole("button", { name: `Apply my choices on version ${start + 1}` }).click();
  await pageB.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageB.getByText(`Saved as version ${start + 2}.`)).toBeVisible();
  expect((await queryDb<{ summaryEn: string }>("select summaryEn from Technique where id = ?", id))[0]?.summaryEn).toBe("Bob's summary of computer vision.");
  const revisions = await queryDb<{ version: number; authorEmail: string }>(
    "select version, authorEmail from Revision where entityType = 'technique' and entityId = ? and version > ? order by version",
    id,
    start,
  );
  expect(revisions).toEqual([{ version: start + 1, authorEmail: alice }, { version: start + 2, authorEmail: bob }]);

  // In Chinese the message says 冲突.
  await pageA.goto(`/zh/admin/techniques/${id}`);
  await pageA.getByLabel("摘要（英文）").fill("A stale edit.");
  await pageB.goto(url);
  await pageB.getByLabel("Summary — English").fill("Bob again.");
  await pageB.getByRole("button", { name: "Save", exact: true }).click();
  await expect(pageB.getByText(`Saved as version ${start + 3}.`)).toBeVisible();
  await pageA.getByRole("button", { name: "保存", exact: true }).click();
  await expect(pageA.getByRole("heading", { name: "编辑冲突" })).toBeVisible();
  await expect(pageA.getByRole("alert").filter({ hasText: "冲突" })).toBeVisible();
  await a.close();
  await b.close();
});
