import { expect, test, type Page } from "@playwright/test";
import { createUser, execDb, idOf, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Each payload tries to set window.__xss; none may run, anywhere.
const PAYLOAD = [
  `<script>window.__xss=(window.__xss||0)+1</script>`,
  `<img src=x onerror="window.__xss=(window.__xss||0)+1">`,
  `<svg onload="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script></svg>`,
  `[click me](javascript:window.__xss=1)`,
  `<a href="javascript:window.__xss=1">a link</a>`,
  `"><iframe src="javascript:window.__xss=1"></iframe>`,
  `<svg><a xlink:href="javascript:window.__xss=1"><text x="0" y="20">svg link</text></a></svg>`,
].join(" ");

const admin = uniqueEmail("xss-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

/** Loads a page and checks that nothing hostile is live in its DOM and that no payload ran. */
async function expectInert(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const found = await page.evaluate(() => {
    const live: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) live.push(`${el.tagName} ${attr.name}`);
        if (/^(href|src|xlink:href|action|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) live.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
    }
    // A script element made from a payload would hold exactly its code (Next's own data scripts carry the payload
    // as an escaped string, which is inert).
    for (const s of Array.from(document.querySelectorAll("script"))) if (/^\s*window\.__xss/.test(s.textContent ?? "")) live.push("script from payload");
    for (const f of Array.from(document.querySelectorAll("iframe"))) live.push(`iframe ${f.getAttribute("src")}`);
    return { live, ran: (window as unknown as { __xss?: number }).__xss ?? 0 };
  });
  expect(found, path).toEqual({ live: [], ran: 0 });
  expect(dialogs, path).toEqual([]);
}

test("stored XSS payloads in text fields render inert on public and admin pages (Chromium)", async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = Math.random().toString(36).slice(2, 7);
  const slug = `xss-probe-${suffix}`;
  await signIn(page, admin);

  // Through the editor: every text field of a use case gets the payload; a javascript: link is refused.
  await page.goto("/en/admin/use-cases/new");
  for (const label of ["Title — English", "Title — Chinese", "Summary — English", "Summary — Chinese", "Body (Markdown) — English", "Body (Markdown) — Chinese", "Source (§ of the article, or “editorial”)"]) {
    await page.getByLabel(label, { exact: true }).fill(label.startsWith("Title") ? `XSS ${suffix} ${PAYLOAD}`.slice(0, 200) : PAYLOAD.slice(0, 200));
  }
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Domain").selectOption(String(await idOf("Domain", "logistics")));
  await page.getByLabel("External link").fill("javascript:window.__xss=1");
  await page.getByLabel("Search Techniques").fill("speech");
  await page.getByRole("option", { name: /\(speech\)/ }).click();
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Create use case" }).click();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.").first()).toBeVisible();
  await page.getByLabel("External link").fill("");
  await page.getByRole("button", { name: "Create use case" }).click();
  await expect(page).toHaveURL(/\?created=1$/);
  const id = await idOf("UseCase", slug);

  // Straight into the database (as an import or an old row could): other entities' text columns.
  await execDb(
    [
      [`update Domain set nameEn = ?, summaryEn = ?, bodyEn = ?, summaryZh = ? where slug = 'logistics'`, `Logistics ${PAYLOAD}`, PAYLOAD, PAYLOAD, PAYLOAD],
      [`update FusionMechanism set nameEn = ?, summaryEn = ? where slug = 'team-collaboration'`, `Team ${PAYLOAD}`, PAYLOAD],
      [`update Trend set nameEn = ?, summaryEn = ?, nameZh = ? where id = (select min(id) from Trend)`, `Trend ${PAYLOAD}`, PAYLOAD, PAYLOAD],
      [`update Resource set nameEn = ?, summaryEn = ?, creditEn = ?, verificationNoteEn = ? where id = (select min(id) from Resource)`, `Res ${PAYLOAD}`, PAYLOAD, PAYLOAD, PAYLOAD],
      [`update Note set titleEn = ?, bodyEn = ? where targetType = 'page' and pageKey = 'about'`, `Note ${PAYLOAD}`, PAYLOAD],
    ],
    // One transaction, one catalog version: once the server's domain list has the new name, it serves that version.
    { path: "/api/v1/domains?locale=en", shows: (body) => (JSON.parse(body) as { items: Array<{ name: string }> }).items.some((d) => d.name === `Logistics ${PAYLOAD}`) },
  );

  // The payload is shown as text on the public page, not run.
  await page.goto(`/en/use-cases/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");

  for (const path of [
    `/en/use-cases/${slug}`,
    `/zh/use-cases/${slug}`,
    "/en/domains",
    "/en/domains/logistics",
    "/en/techniques/speech",
    `/en/explore?q=${suffix}`,
    "/en/explore?technique=speech",
    "/en/fusion",
    "/en/challenges",
    "/en/resources",
    "/en/about",
    "/zh/about",
    `/en/admin/use-cases?q=${suffix}`,
    `/en/admin/use-cases/${id}`,
    `/en/admin/use-cases/${id}/preview`,
    `/en/admin/use-cases/${id}/history`,
    `/en/admin/domains/${await idOf("Domain", "logistics")}`,
    `/en/admin/domains/${await idOf("Domain", "logistics")}/preview`,
    "/en/admin/resources",
    "/en/admin/audit",
  ]) {
    await expectInert(page, path);
  }
});
