// README: a draft is invisible on the public site. Pages and the API are covered by admin-editing.spec.ts; this
// covers everything else that lists use cases: the RSS feeds, the sitemap, the related lists of other use cases,
// domain and technique pages, search (explorer page and API) and the CSV/JSON exports. Then it publishes the draft
// and checks that each of those places does show it: the control that proves every absence check above can fail.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createUser, idOf, signIn, uniqueEmail, uniqueIp } from "../test-support/e2e-admin";

test.describe.configure({ timeout: 180_000 });
const editor = uniqueEmail("drafts-editor");
test.beforeAll(() => createUser(editor, "editor"));
test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });

// The draft shares every technique of this use case and sits in another domain, so that, once published, it is the
// top entry of this page's "related use cases in other domains".
const NEIGHBOUR = "medical-image-analysis";
const TECHNIQUES = ["computer-vision", "data-augmentation", "deep-learning"];

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** Every place a published use case shows up, with what this draft would look like there. */
function places(slug: string, token: string): Array<{ name: string; path: string; shows: (body: string) => boolean }> {
  const has = (needle: string) => (body: string) => body.includes(needle);
  return [
    { name: "English RSS feed", path: "/en/feed.xml", shows: has(`/en/use-cases/${slug}`) },
    { name: "Chinese RSS feed", path: "/zh/feed.xml", shows: has(`/zh/use-cases/${slug}`) },
    { name: "sitemap", path: "/sitemap.xml", shows: has(`/use-cases/${slug}`) },
    { name: "related list of a neighbour", path: `/en/use-cases/${NEIGHBOUR}`, shows: has(token) },
    { name: "domain page", path: "/en/domains/finance", shows: has(token) },
    { name: "domain list (counts)", path: "/en/domains", shows: () => false },
    ...TECHNIQUES.map((t) => ({ name: `technique page ${t}`, path: `/en/techniques/${t}`, shows: has(token) })),
    { name: "explorer search", path: `/en/explore?q=${token}`, shows: has(`/en/use-cases/${slug}`) },
    { name: "API search", path: `/api/v1/use-cases?q=${token}`, shows: (b) => (JSON.parse(b) as { total: number }).total === 1 },
    { name: "API technique filter", path: `/api/v1/use-cases?technique=${TECHNIQUES[0]}&all=1`, shows: has(`"${slug}"`) },
    { name: "JSON export", path: "/api/v1/use-cases?all=1", shows: has(`"${slug}"`) },
    { name: "CSV export", path: "/api/v1/use-cases?format=csv&all=1", shows: has(slug) },
    { name: "CSV export (zh)", path: "/api/v1/use-cases?format=csv&all=1&locale=zh", shows: has(slug) },
  ];
}

test("a draft is absent from feeds, sitemap, related lists, domain and technique pages, search and exports; published, it is in each", async ({ page, request }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const slug = `draft-probe-${suffix}`;
  const token = `Draftprobe${suffix}`;
  await signIn(page, editor);
  await page.goto("/en/admin/use-cases/new");
  await page.getByLabel("Title — English").fill(`${token} credit scoring`);
  await page.getByLabel("Title — Chinese").fill(`${token} 信用评分`);
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Domain").selectOption(String(await idOf("Domain", "finance")));
  await page.getByLabel("Summary — English").fill(`${token} summary.`);
  await page.getByLabel("Summary — Chinese").fill(`${token} 摘要。`);
  for (const t of TECHNIQUES) {
    await page.getByLabel("Search Techniques").fill(t);
    await page.getByRole("option", { name: new RegExp(`\\(${t}\\)$`) }).click();
  }
  await expect(page.getByLabel("Status")).toHaveValue("draft");
  await page.getByRole("button", { name: "Create use case" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/use-cases\/\d+\?created=1$/);

  const financeCountBefore = /Finance[\s\S]{0,400}?(\d+) use cases?/.exec(await text(request, "/en/domains"))?.[1];
  for (const place of places(slug, token)) {
    const body = await text(request, place.path);
    expect(place.shows(body), `${place.name} (${place.path}) shows the draft`).toBe(false);
    // A search page repeats its query; everywhere else the draft's token and slug must not appear at all.
    if (!place.path.includes(token)) expect(body.includes(token), `${place.name} (${place.path}) mentions the draft`).toBe(false);
    expect(body.includes(slug), `${place.name} (${place.path}) mentions the draft's slug`).toBe(false);
  }

  // Published: the same places must show it (the saving instance serves its own save on the next request).
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  for (const place of places(slug, token)) {
    if (place.name === "domain list (counts)") continue;
    const body = await text(request, place.path);
    expect(place.shows(body), `${place.name} (${place.path}) shows the published entry`).toBe(true);
  }
  const financeCountAfter = /Finance[\s\S]{0,400}?(\d+) use cases?/.exec(await text(request, "/en/domains"))?.[1];
  expect(Number(financeCountAfter), "the domain list counts the published entry, and did not count the draft").toBeGreaterThan(Number(financeCountBefore));
});
