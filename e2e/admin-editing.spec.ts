import { expect, test } from "@playwright/test";
import { createUser, idOf, queryDb, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

// Generous: these drive several pages each, and the machine may be busy with other builds and browsers.
test.describe.configure({ timeout: 120_000 });

const admin = uniqueEmail("editing-admin");
test.beforeAll(() => createUser(admin, "admin"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

test("an admin creates a use case with two techniques, publishes it, and finds it on its page, the technique page and the explorer", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const title = `Exam question generation ${suffix}`;
  const slug = `exam-question-generation-${suffix}`;
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Use cases" }).click();
  await page.getByRole("link", { name: "New use case" }).click();
  await expect(page.getByRole("heading", { name: "New use case" })).toBeVisible();

  await page.getByLabel("Title — English").fill(title);
  await page.getByLabel("Title — Chinese").fill(`试题生成 ${suffix}`);
  await expect(page.getByText("Translation complete")).toBeVisible();
  await page.getByRole("button", { name: "Suggest from the English title" }).click();
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(slug);
  await page.getByLabel("Domain").selectOption(String(await idOf("Domain", "education")));
  await page.getByLabel("Summary — English").fill("Drafting exam questions from course material.");
  await page.getByLabel("Summary — Chinese").fill("根据课程材料起草试题。");
  await page.getByLabel("Body (Markdown) — English", { exact: true }).fill("## How it works\n\nA model drafts **questions**; teachers review them.");
  await expect(page.getByRole("region", { name: "Preview of Body (Markdown) — English" }).getByRole("heading", { name: "How it works" })).toBeVisible();

  await page.getByLabel("Search Techniques").fill("nlp");
  await page.getByRole("option", { name: /\(nlp\)/ }).click();
  await page.getByLabel("Search Techniques").fill("regression");
  await page.getByRole("option", { name: /\(regression\)$/ }).click();
  await page.getByLabel(/Basis for .*\(nlp\)/).selectOption("article");
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Create use case" }).click();

  await expect(page).toHaveURL(/\/en\/admin\/use-cases\/\d+\?created=1$/);
  await expect(page.getByText("Created.")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Edit use case: ${title}` })).toBeVisible();

  await page.goto(`/en/use-cases/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
  await page.goto("/en/techniques/nlp");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/en/explore?technique=nlp");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/en/explore?technique=regression");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  const [row] = await queryDb<{ id: number; status: string; version: number; publishedAt: number | null; titleZh: string }>(
    "select id, status, version, publishedAt, titleZh from UseCase where slug = ?",
    slug,
  );
  expect(row).toMatchObject({ status: "published", version: 1, titleZh: `试题生成 ${suffix}` });
  expect(row?.publishedAt).not.toBeNull();
  const links = await queryDb<{ slug: string; basis: string }>(
    "select t.slug, l.basis from UseCaseTechnique l join Technique t on t.id = l.techniqueId where l.useCaseId = ? order by t.slug",
    row?.id,
  );
  expect(links).toEqual([{ slug: "nlp", basis: "article" }, { slug: "regression", basis: "editorial" }]);
  expect(await queryDb("select 1 from Revision where entityType = 'use-case' and entityId = ? and version = 1 and action = 'create' and authorEmail = ?", row?.id, admin)).toHaveLength(1);
  expect(await queryDb("select 1 from AuditLog where action = 'content.create' and entityType = 'use-case' and entityId = ? and actorEmail = ?", String(row?.id), admin)).toHaveLength(1);
});

test("a draft stays off the public site and the API, and an editor can preview it; field errors keep the input", async ({ page, request }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const slug = `draft-only-${suffix}`;
  await signIn(page, admin);
  await page.goto("/en/admin/use-cases/new");
  await page.getByLabel("Title — English").fill(`Draft only ${suffix}`);
  await page.getByLabel("Slug", { exact: true }).fill("Not A Valid Slug");
  await page.getByLabel("External link").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create use case" }).click();
  await expect(page.getByText(/fields? need attention/)).toBeVisible();
  await expect(page.getByLabel("Slug", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use lower-case letters, digits and single hyphens (for example: risk-control).").first()).toBeVisible();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.").first()).toBeVisible();
  await expect(page.getByLabel("Title — English")).toHaveValue(`Draft only ${suffix}`);

  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("External link").fill("");
  await page.getByLabel("Domain").selectOption(String(await idOf("Domain", "finance")));
  await page.getByLabel("Body (Markdown) — English", { exact: true }).fill("Secret **draft** text.");
  await page.getByRole("button", { name: "Create use case" }).click();
  await expect(page).toHaveURL(/\?created=1$/);

  expect((await request.get(`/en/use-cases/${slug}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/use-cases/${slug}`)).status()).toBe(404);
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(page.getByText("Secret draft text.")).toBeVisible();
  await expect(page.getByRole("note").getByText("Draft", { exact: true })).toBeVisible();

  await page.goto(`/en/admin/use-cases?status=draft&q=${suffix}`);
  await expect(page.getByRole("link", { name: `Draft only ${suffix}`, exact: true })).toBeVisible();
  await expect(page.getByText("1 entry")).toBeVisible();
});

test("oversized fields get a field error, and an oversized save a clear message, with the input kept", async ({ page }) => {
  const id = await idOf("UseCase", "quantitative-trading");
  await signIn(page, admin);
  await page.goto(`/en/admin/use-cases/${id}`);
  const body = page.getByLabel("Body (Markdown) — English", { exact: true });
  await body.fill("a".repeat(50_001));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Too long: at most 50,000 characters.").first()).toBeVisible();
  await expect(body).toHaveAttribute("aria-invalid", "true");
  // Past the server's request limit (1 MB for actions), the request itself is refused; nothing is lost.
  await body.fill("b".repeat(1_100_000));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The save did not reach the server (too large, or the connection failed). Your input is kept.")).toBeVisible();
  expect((await body.inputValue()).length).toBe(1_100_000);
  expect((await queryDb<{ n: number }>("select length(bodyEn) as n from UseCase where id = ?", id))[0]?.n).toBeLessThan(50_001);
});
