// Issue 15 end to end on the admin server: a reader suggests, an editor moderates (accept → draft → publish; an edit
// through the normal save path with "from suggestion #N"; an edit whose entry moved on; decline; spam), hostile text
// stays inert, nothing unaccepted is public, and the new admin pages pass axe.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createUser, execDb, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";
import { expectNoSeriousA11yViolations, SUGGEST_MIN_WAIT_MS } from "./helpers";

const editor = uniqueEmail("suggest-editor");
test.beforeAll(() => createUser(editor, "editor"));

/** A reader: a browser context of its own with an address of its own (the limits count per address). */
async function reader(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  return context.newPage();
}

/** Sends the form once its signed opening time is old enough (SUGGEST_MIN_SECONDS: 8 s on the e2e servers) and returns the suggestion's number. */
async function send(page: Page, locale: "en" | "zh" = "en"): Promise<number> {
  await page.waitForTimeout(SUGGEST_MIN_WAIT_MS);
  await page.getByRole("button", { name: locale === "en" ? "Send suggestion" : "提交建议" }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/suggest/status/[A-Za-z0-9_-]{32}$`), { timeout: 30_000 });
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  return Number(/#(\d+)/.exec(heading ?? "")?.[1]);
}

async function suggestNew(page: Page, title: string, extra: { credit?: string; body?: string } = {}): Promise<number> {
  await page.goto("/en/suggest");
  await page.getByLabel("Domain").selectOption({ index: 1 });
  await page.getByLabel("Title (English)").fill(title);
  await page.getByLabel("Summary (English)").fill(`Summary of ${title}`);
  await page.getByRole("group", { name: "Techniques" }).getByRole("checkbox").first().check();
  await page.getByLabel("Source links (at least one; one per line, http or https)").fill("https://example.org/paper");
  if (extra.body) await page.getByLabel("Details (optional, markdown)").fill(extra.body);
  if (extra.credit) await page.getByLabel("Your name, to be credited (optional)").fill(extra.credit);
  await page.getByLabel("Your email, to hear back (optional)").fill("reader@example.org");
  return send(page);
}

test("a new use case: received → accepted as a draft → published; the status page links the live entry and the credit shows", async ({ browser, page, request }) => {
  test.setTimeout(180_000);
  const token = `Sgnew${Math.random().toString(36).slice(2, 8)}`;
  const r = await reader(browser);
  const id = await suggestNew(r, `${token} crop yield forecasts`, { credit: "Ada Reader" });
  await expect(r.getByText("Received — waiting for an editor")).toBeVisible();
  const statusUrl = r.url();

  // Nothing unaccepted is public: not in search, the API, feeds or the sitemap.
  for (const path of [`/api/v1/use-cases?q=${token}`, `/en/explore?q=${token}`, "/en/feed.xml", "/sitemap.xml", "/api/v1/use-cases?all=1"]) {
    const body = await (await request.get(path)).text();
    expect(body.includes(token) && !body.includes(`"q":"${token}"`) && !path.includes("explore") ? path : "", path).toBe("");
  }
  expect((await (await request.get(`/api/v1/use-cases?q=${token}`)).json()).total).toBe(0);

  await signIn(page, editor);
  await expect(page.getByRole("navigation").getByRole("link", { name: /Suggestions \(\d+\)/ })).toBeVisible();
  await page.goto("/en/admin/suggestions?kind=new&language=en");
  await page.getByRole("link", { name: new RegExp(`Open suggestion #${id}: ${token}`) }).click();
  await expect(page.getByRole("heading", { name: `Suggestion #${id}` })).toBeVisible();
  await expect(page.getByText("reader@example.org")).toBeVisible();
  await expect(page.getByRole("link", { name: "https://example.org/paper" })).toBeVisible();
  await page.getByRole("button", { name: "Accept: create a draft use case" }).click();
  await expect(page.getByText("Accepted.", { exact: true })).toBeVisible();
  const [row] = await queryDb<{ resultId: number; state: string }>(`select "resultId", state from "Suggestion" where id = ?`, id);
  expect(row?.state).toBe("accepted");

  // Accepted but still a draft: the status page says it is being finished; the public site does not have it.
  await r.reload();
  await expect(r.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(r.getByText("The editors are finishing it")).toBeVisible();
  expect((await (await request.get(`/api/v1/use-cases?q=${token}`)).json()).total).toBe(0);

  await page.getByRole("link", { name: "open the draft to finish and publish it" }).click();
  await expect(page.getByLabel("Status")).toHaveValue("draft");
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();

  await r.goto(statusUrl);
  await r.getByRole("link", { name: new RegExp(`See it live: ${token}`) }).click();
  await expect(r.getByRole("heading", { level: 1 })).toContainText(token);
  await expect(r.getByText("Suggested by Ada Reader")).toBeVisible();
  await r.context().close();
});

test("an edit suggestion is applied through the normal save path: revision 'from suggestion #N', audit row", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const slug = "learning-process-monitoring";
  const text = `Reader's better summary ${Math.random().toString(36).slice(2, 8)}`;
  const r = await reader(browser);
  await r.goto(`/en/use-cases/${slug}`);
  await r.getByRole("link", { name: "Suggest an edit" }).click();
  await expect(r).toHaveURL(/\/en\/suggest\?entity=use-case&slug=learning-process-monitoring/);
  const summary = r.getByLabel("Summary (English)");
  await expect(summary).not.toHaveValue("");
  await summary.fill(text);
  await r.getByLabel("Why this change?").fill("The old summary missed the point.");
  const id = await send(r);

  await signIn(page, editor);
  await page.goto(`/en/admin/suggestions/${id}`);
  await expect(page.getByText("The old summary missed the point.")).toBeVisible();
  await expect(page.getByRole("cell", { name: text })).toBeVisible();
  await page.getByRole("button", { name: "Accept: apply the chosen fields" }).click();
  await expect(page.getByText("Accepted.", { exact: true })).toBeVisible();

  const useCaseId = await idOf("UseCase", slug);
  await page.goto(`/en/admin/use-cases/${useCaseId}/history`);
  await expect(page.getByRole("link", { name: `from suggestion #${id}` })).toBeVisible();
  const audit = await queryDb<{ details: string }>(`select details from "AuditLog" where action = 'content.update' and "entityId" = ? order by id desc limit 1`, String(useCaseId));
  expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ fromSuggestion: id, changed: ["summaryEn"] });
  await expect.poll(async () => (await r.request.get(`/en/use-cases/${slug}`)).text()).toContain(text);
  await r.context().close();
});

test("an edit whose entry changed meanwhile shows both diffs; the changed field is not applied unless the editor chooses it", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const slug = "personalized-learning-plans";
  const mine = `Reader summary ${Math.random().toString(36).slice(2, 8)}`;
  const theirs = `Editor summary meanwhile ${Math.random().toString(36).slice(2, 8)}`;
  const r = await reader(browser);
  await r.goto(`/en/suggest?entity=use-case&slug=${slug}`);
  await r.getByLabel("Summary (English)").fill(mine);
  await r.getByLabel("Why this change?").fill("Clearer.");
  const id = await send(r);

  const useCaseId = await idOf("UseCase", slug);
  await execDb([[`update "UseCase" set "summaryEn" = ?, "version" = "version" + 1 where id = ?`, theirs, useCaseId]], {
    path: `/en/use-cases/${slug}`,
    shows: (b) => b.includes(theirs),
  });

  await signIn(page, editor);
  await page.goto(`/en/admin/suggestions/${id}`);
  await expect(page.getByRole("heading", { name: /Changes against the version the reader saw/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Against the current version/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: theirs })).toBeVisible();
  const box = page.getByRole("checkbox", { name: /Summary \(English\)/ });
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole("button", { name: "Accept: apply the chosen fields" }).click();
  await expect(page.getByText("Accepted.", { exact: true })).toBeVisible();
  await expect.poll(async () => (await r.request.get(`/en/use-cases/${slug}`)).text()).toContain(mine);
  await r.context().close();
});

test("decline with a reason, spam, and hostile text inert on the queue, detail and status pages", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const token = `Sgxss${Math.random().toString(36).slice(2, 8)}`;
  const r = await reader(browser);
  const hostile = `<img src=x onerror="window.__xss=1">${token}`;
  const id = await suggestNew(r, hostile, { body: `<script>window.__xss=2</script>[x](javascript:window.__xss=3) ${token}` });
  const statusUrl = r.url();
  const spamId = await suggestNew(r, `${token} buy cheap pills`);

  await signIn(page, editor);
  await page.goto("/en/admin/suggestions");
  await expect(page.getByRole("link", { name: new RegExp(`Open suggestion #${id}`) })).toHaveText(hostile);
  await expectNoSeriousA11yViolations(page, "suggestion queue (en, 1280)");
  await page.goto(`/en/admin/suggestions/${id}`);
  await expect(page.getByRole("heading", { name: hostile })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "suggestion detail (en, 1280)");
  await page.getByLabel("Reason (shown to the reader)").fill(`<b>Not cross-domain</b> ${token}`);
  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByText("Declined.", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await page.goto(`/en/admin/suggestions/${spamId}`);
  await page.getByRole("button", { name: "Mark as spam" }).click();
  await expect(page.getByText("Marked as spam.", { exact: true })).toBeVisible();
  await page.goto("/en/admin/suggestions");
  await expect(page.getByRole("link", { name: new RegExp(`Open suggestion #${spamId}:`) })).toHaveCount(0);
  await page.goto("/en/admin/suggestions?state=declined");
  await expect(page.getByRole("link", { name: new RegExp(`Open suggestion #${id}:`) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Open suggestion #${spamId}:`) })).toHaveCount(0);
  const [spam] = await queryDb<{ state: string; ip: string | null }>(`select state, ip from "Suggestion" where id = ?`, spamId);
  expect(spam).toMatchObject({ state: "spam" });
  expect(spam?.ip).toBeTruthy();

  await r.goto(statusUrl);
  await expect(r.getByText("Declined", { exact: true })).toBeVisible();
  await expect(r.getByText(`<b>Not cross-domain</b> ${token}`)).toBeVisible();
  expect(await r.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expectNoSeriousA11yViolations(r, "status page (en, 1280)");
  const audit = await queryDb<{ action: string }>(`select action from "AuditLog" where "entityType" = 'suggestion' and "entityId" in (?, ?) order by id`, String(id), String(spamId));
  expect(audit.map((a) => a.action)).toEqual(["suggestion.decline", "suggestion.spam"]);
  await r.context().close();
});

test("the queue, a suggestion and the status page in Chinese on a phone pass axe", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const r = await reader(browser);
  await r.setViewportSize({ width: 390, height: 844 });
  await r.goto("/zh/suggest");
  await r.getByLabel("领域").selectOption({ index: 1 });
  await r.getByLabel("标题（中文）").fill("手机上的建议");
  await r.getByLabel("来源链接（至少一个；每行一个，http 或 https）").fill("https://example.org/zh");
  const id = await send(r, "zh");
  await expect(r.getByText("已收到——等待编辑处理")).toBeVisible();
  await expectNoSeriousA11yViolations(r, "status page (zh, 390)");
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, editor, "zh");
  await page.goto("/zh/admin/suggestions?language=zh");
  await expect(page.getByRole("link", { name: new RegExp(`打开建议 #${id}`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "suggestion queue (zh, 390)");
  await page.goto(`/zh/admin/suggestions/${id}`);
  await expect(page.getByRole("button", { name: "采纳：创建应用场景草稿" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "suggestion detail (zh, 390)");
  await r.context().close();
});
