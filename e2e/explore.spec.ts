// The explorer as people use it, in Chromium, selecting by role and label. Runs against the seeded catalog.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";
import { expectPageShown } from "./page-audit";

const results = (page: Page) => page.getByRole("region", { name: /^(Results|结果)$/ });
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 3 });
const checkbox = (page: Page, name: string | RegExp) => page.getByRole("checkbox", { name });

/** The "(n)" count shown in a facet option's label. */
async function countOf(page: Page, name: string | RegExp): Promise<number> {
  const id = await checkbox(page, name).getAttribute("id");
  const text = await page.locator(`label[for="${id}"]`).innerText();
  // A label without a count must fail here: NaN would compare equal to NaN in toBe and pass silently.
  const count = /\((\d+)\)\s*$/.exec(text)?.[1];
  if (count === undefined) throw new Error(`no count in the label of ${String(name)}: ${JSON.stringify(text)}`);
  return Number(count);
}

async function settled(page: Page) {
  await expect(results(page).locator("[aria-busy=true]")).toHaveCount(0);
}

test.describe("explorer", () => {
  test("filtering by technique shows medical image analysis and updates the other facets' counts", async ({ page }) => {
    await page.goto("/en/explore");
    await expect(page.getByRole("heading", { level: 1, name: "Explore use cases" })).toBeVisible();
    await expect(page.getByText("Values within a facet combine with OR; facets combine with AND.")).toBeVisible();
    await expect(resultTitles(page)).toHaveCount(13);
    const educationBefore = await countOf(page, /^Education/);
    const nlpBefore = await countOf(page, /^Natural language processing/);
    expect(educationBefore).toBe(4);

    await checkbox(page, /^Computer vision/).check();
    await expect(page).toHaveURL(/\/en\/explore\?technique=computer-vision$/);
    await settled(page);
    await expect(results(page).getByRole("link", { name: "Medical image analysis" })).toBeVisible();
    await expect(resultTitles(page)).toHaveCount(2);
    await expect(checkbox(page, /^Computer vision/)).toBeChecked();
    // Other facets apply the filter; the technique facet itself does not (disjunctive counts).
    // Education now gives nothing: folded behind "Show 2 more" (with Finance), disabled once shown.
    await expect(checkbox(page, /^Education/)).toBeHidden();
    await page.getByRole("group", { name: "Domain", exact: true }).getByRole("button", { name: "Show 2 more" }).click();
    await expect.poll(() => countOf(page, /^Education/)).toBe(0);
    await expect(checkbox(page, /^Education/)).toBeDisabled();
    expect(await countOf(page, /^Healthcare/)).toBe(1);
    expect(await countOf(page, /^Natural language processing/)).toBe(nlpBefore);
    await expect(page.getByRole("group", { name: "Fields and modalities" })).toBeVisible();
  });

  test("domain and technique combine with AND", async ({ page }) => {
    await page.goto("/en/explore");
    await checkbox(page, /^Healthcare/).check();
    await expect(page).toHaveURL(/domain=healthcare/);
    await settled(page);
    await expect(resultTitles(page)).toHaveCount(3);
    await checkbox(page, /^Data augmentation/).check();
    await expect(page).toHaveURL(/domain=healthcare&technique=data-augmentation/);
    await settled(page);
    await expect(resultTitles(page)).toHaveText(["Medical image analysis"]);
    await expect(page.getByText(/^1 use case\b/)).toBeVisible();
  });

  test("removing a chip, then clearing all", async ({ page }) => {
    await page.goto("/en/explore?domain=logistics&technique=computer-vision&q=cargo");
    await expect(resultTitles(page)).toHaveText(["Cargo tracking"]);
    const filters = page.getByRole("region", { name: "Active filters:" });
    await expect(filters.getByRole("listitem")).toHaveCount(3);

    await page.getByRole("button", { name: "Remove filter Technique: Computer vision" }).click();
    await expect(page).toHaveURL(/\/en\/explore\?domain=logistics&q=cargo$/);
    await expect(checkbox(page, /^Computer vision/)).not.toBeChecked();
    await expect(filters.getByRole("listitem")).toHaveCount(2);

    await page.getByRole("button", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/en\/explore$/);
    await settled(page);
    await expect(resultTitles(page)).toHaveCount(13);
    await expect(page.getByRole("searchbox", { name: "Search use cases" })).toHaveValue("");
    await expect(page.getByText("No filters yet")).toBeVisible();
  });

  test("searches Chinese text and highlights the matches", async ({ page }) => {
    await page.goto("/zh/explore");
    const search = page.getByRole("searchbox", { name: "搜索应用场景" });
    await search.fill("医疗");
    await expect(page).toHaveURL(/\/zh\/explore\?q=%E5%8C%BB%E7%96%97$/);
    await settled(page);
    await expect(results(page).getByRole("link", { name: "医疗影像分析" })).toBeVisible();
    await expect(results(page).locator("mark", { hasText: "医疗" }).first()).toBeVisible();

    await search.fill("影像");
    await expect(page).toHaveURL(/q=%E5%BD%B1%E5%83%8F$/);
    await settled(page);
    await expect(results(page).getByRole("link", { name: "医疗影像分析" })).toBeVisible();
    await expect(page.getByLabel("排序")).toHaveValue("relevance");
  });

  test("searches English text, and says so when nothing matches", async ({ page }) => {
    await page.goto("/en/explore");
    const search = page.getByRole("searchbox", { name: "Search use cases" });
    await search.fill("route");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/en\/explore\?q=route$/);
    await settled(page);
    await expect(resultTitles(page).first()).toHaveText("Route planning");
    await expect(results(page).locator("mark").first()).toHaveText(/route/i);

    // A facet value that would give nothing is folded away, so an empty result comes from a search or a shared link.
    await expect(checkbox(page, /^Education/)).toBeHidden();
    await search.fill("nothing-matches-this");
    await settled(page);
    await expect(page.getByText("No use case matches this combination.")).toBeVisible();
    await expect(page.getByText("Try a shorter or different search term.")).toBeVisible();
    await page.goto("/en/explore?domain=education&q=route");
    await expect(page.getByText("Try removing a filter, or search for a shorter or different term.")).toBeVisible();
  });

  test("a shared URL reproduces the view in a fresh browser context", async ({ page, browser }) => {
    await page.goto("/en/explore");
    await checkbox(page, /^Data sharing/).check();
    await expect(page).toHaveURL(/mechanism=data-sharing/);
    await checkbox(page, /^Model interpretability/).check();
    await expect(page).toHaveURL(/challenge=interpretability/);
    await page.getByLabel("Sort by").selectOption("updated");
    await expect(page).toHaveURL(/sort=updated/);
    await settled(page);
    const titles = await resultTitles(page).allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    await expect(resultTitles(other)).toHaveText(titles);
    await expect(checkbox(other, /^Data sharing/)).toBeChecked();
    await expect(checkbox(other, /^Model interpretability/)).toBeChecked();
    await expect(other.getByLabel("Sort by")).toHaveValue("updated");
    await fresh.close();
  });

  test("Back and Forward step through filter changes without reloading the page", async ({ page }) => {
    await page.goto("/en/explore");
    await page.evaluate(() => ((window as unknown as { explorerMarker: number }).explorerMarker = 42));
    await checkbox(page, /^Finance/).check();
    await expect(page).toHaveURL(/\?domain=finance$/);
    await settled(page);
    await checkbox(page, /^Anomaly detection/).check();
    await expect(page).toHaveURL(/\?domain=finance&technique=anomaly-detection$/);
    await settled(page);
    await expect(resultTitles(page)).toHaveText(["Risk control"]);

    await page.goBack();
    await expect(page).toHaveURL(/\?domain=finance$/);
    await expect(checkbox(page, /^Anomaly detection/)).not.toBeChecked();
    await expect(resultTitles(page)).toHaveCount(3);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/explore$/);
    await expect(resultTitles(page)).toHaveCount(13);
    await page.goForward();
    await expect(page).toHaveURL(/\?domain=finance$/);
    await expect(checkbox(page, /^Finance/)).toBeChecked();
    await expect(resultTitles(page)).toHaveCount(3);
    expect(await page.evaluate(() => (window as unknown as { explorerMarker?: number }).explorerMarker)).toBe(42);
  });

  test("repeated page loads of one query come from the page cache and work; in-app navigation is rendered", async ({ page, request }) => {
    const url = "/en/explore?domain=finance&sort=title";
    // Kept by the first load the cache sees (the very first request of a fresh server may come before the app knows
    // the catalog version, and is then simply rendered), served from the next ones, byte for byte.
    const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
    expect((await request.get(url, { headers: html })).status()).toBe(200);
    await request.get(url, { headers: html });
    const second = await request.get(url, { headers: html });
    const third = await request.get(url, { headers: html });
    for (const r of [second, third]) {
      expect(r.status()).toBe(200);
      expect(r.headers()["x-fusion-atlas-cache"]).toBe("HIT");
      expect(r.headers()["content-type"]).toContain("text/html");
    }
    expect(await third.text()).toBe(await second.text());
    // The page from the cache hydrates and filters like a rendered one.
    const response = await page.goto(url);
    expect(response?.headers()["x-fusion-atlas-cache"]).toBe("HIT");
    await expect(resultTitles(page)).toHaveCount(3);
    await checkbox(page, /^Anomaly detection/).check();
    await expect(page).toHaveURL(/technique=anomaly-detection/);
    await expect(resultTitles(page)).toHaveText(["Risk control"]);
    // In-app navigation (the router's React Server Components requests) is rendered, not served from the page cache.
    const navigation = await request.get(url, { headers: { RSC: "1", accept: "*/*" } });
    expect(navigation.headers()["x-fusion-atlas-cache"]).toBeUndefined();
    expect(navigation.headers()["content-type"]).toContain("text/x-component");
  });

  test("pages through results", async ({ page }) => {
    await page.goto("/en/explore?pageSize=5");
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(resultTitles(page)).toHaveCount(5);
    const first = await resultTitles(page).allInnerTexts();
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await settled(page);
    await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    const second = await resultTitles(page).allInnerTexts();
    expect(second.some((t) => first.includes(t))).toBe(false);
  });

  test("the CSV export holds every filtered row, not just the page", async ({ page }) => {
    await page.goto("/zh/explore?challenge=interpretability&pageSize=2");
    await expect(resultTitles(page)).toHaveCount(2);
    const total = Number(/共 (\d+) 个/.exec(await page.getByText(/共 \d+ 个应用场景/).innerText())?.[1]);
    expect(total).toBeGreaterThan(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /以 CSV 格式下载/ }).click()]);
    const text = fs.readFileSync(await download.path(), "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("slug,title,summary,domain,techniques,mechanisms,challenges,basis,source,updatedAt,url");
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes("模型可解释性"))).toBe(true);
  });

  test("a bad address shows what was left out instead of failing", async ({ page }) => {
    const response = await page.goto("/en/explore?page=abc&technique=no-such-thing&domain=finance");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("There is no Technique “no-such-thing”; it was left out.")).toBeVisible();
    await expect(page.getByText(/was not understood and was left out: page must be/)).toBeVisible();
    await expect(resultTitles(page)).toHaveCount(3);
  });

  test("while a filter change loads, the previous results stay on screen, marked busy, and one request answers it", async ({ page }) => {
    await page.goto("/en/explore");
    await expect(resultTitles(page)).toHaveCount(13);
    // Hold the server's answer until the pending state has been checked, so the check cannot race the response.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const answers: string[] = [];
    await page.route(/\/en\/explore\?/, async (route) => {
      const headers = route.request().headers();
      if (headers["rsc"] && !headers["next-router-prefetch"]) {
        answers.push(route.request().url());
        await gate;
      }
      await route.continue();
    });
    await checkbox(page, /^Finance/).check();
    await expect(page).toHaveURL(/\?domain=finance$/);
    await expect(results(page).locator("[aria-busy=true]")).toHaveCount(1);
    await expect(results(page).getByRole("status")).toHaveText("Updating results…");
    await expect(resultTitles(page)).toHaveCount(13);
    release();
    await settled(page);
    await expect(resultTitles(page)).toHaveCount(3);
    expect(answers).toHaveLength(1);
  });

  test("pointing at a result prefetches that use case's page, data included, before the click", async ({ page }) => {
    const full = (url: string, headers: Record<string, string>) =>
      url.includes("/en/use-cases/medical-image-analysis?") && !!headers["rsc"] && !headers["next-router-prefetch"] && !headers["next-router-segment-prefetch"];
    const early: string[] = [];
    page.on("request", (r) => {
      if (full(r.url(), r.headers())) early.push(r.url());
    });
    await page.goto("/en/explore");
    await expect(resultTitles(page)).toHaveCount(13);
    await page.waitForLoadState("networkidle");
    // On sight, links only get Next's light default prefetch; the full page waits for the visitor's intent.
    expect(early).toHaveLength(0);
    const prefetched = page.waitForRequest((r) => full(r.url(), r.headers()));
    await results(page).getByRole("link", { name: "Medical image analysis" }).hover();
    await prefetched;
  });

  for (const [path, h1] of [
    ["/en/explore", "Explore use cases"],
    ["/zh/explore?technique=computer-vision&q=%E5%8C%BB%E7%96%97", "探索应用场景"],
    ["/en/explore?q=nothing-matches-this", "Explore use cases"],
  ] as const) {
    test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      await expectPageShown(page, response, { path, h1 });
      await expectNoSeriousA11yViolations(page);
    });
  }
});
