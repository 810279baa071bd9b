// Contract tests of the public read API (DESIGN.md, "API contract details") against the running app and its seeded
// catalog of 13 use cases.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { openApiProblems, validate } from "../lib/api/json-schema";
import { API_PATHS } from "../lib/api/openapi";

// Tighter than the 90 s default: HTTP requests only, no browser page: a test that needs more than 30 s is a hang, not a busy machine.
test.describe.configure({ timeout: 30_000 });

type Item = {
  slug: string;
  title: string;
  summary: string;
  basis: string;
  source: string;
  domain: { slug: string; name: string };
  techniques: Array<{ slug: string; name: string; basis: string }>;
  mechanisms: Array<{ slug: string; name: string; basis: string }>;
  challenges: Array<{ slug: string; name: string; basis: string }>;
  updatedAt: string;
};
type FacetValue = { slug: string; name: string; count: number };
type Page = { items: Item[]; total: number; page: number; pageSize: number; facets: Record<string, FacetValue[]> };

async function page(request: APIRequestContext, search = ""): Promise<Page> {
  const response = await request.get(`/api/v1/use-cases${search ? `?${search}` : ""}`);
  expect(response.status(), search).toBe(200);
  return (await response.json()) as Page;
}

const count = (p: Page, facet: string, slug: string) => p.facets[facet].find((f) => f.slug === slug)?.count;

test.describe("GET /api/v1/use-cases", () => {
  test("returns a page with the documented shape, CORS-open", async ({ request }) => {
    const response = await request.get("/api/v1/use-cases");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as Page;
    expect(body.total).toBe(13);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(24);
    expect(body.items).toHaveLength(13);
    expect(Object.keys(body.facets).sort()).toEqual(["basis", "challenge", "domain", "mechanism", "technique"]);
    // Every value appears, zero counts included.
    expect(body.facets.domain.map((f) => f.slug)).toEqual(["education", "healthcare", "finance", "logistics"]);
    expect(count(body, "technique", "sigmoid")).toBe(0);
    expect(body.facets.basis.map((f) => f.slug)).toEqual(["article", "editorial"]);
    const item = body.items.find((i) => i.slug === "medical-image-analysis")!;
    expect(item.domain).toEqual({ slug: "healthcare", name: "Healthcare" });
    expect(item.techniques.map((t) => t.slug)).toContain("computer-vision");
    expect(item.techniques[0].basis).toMatch(/^(article|editorial)$/);
    expect(item.source).toBe("§6.2");
    expect(new Date(item.updatedAt).toISOString()).toBe(item.updatedAt);
  });

  test("answers CORS preflight", async ({ request }) => {
    const response = await request.fetch("/api/v1/use-cases", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("filters: values of one key combine with OR, keys with AND, facets are disjunctive", async ({ request }) => {
    const all = await page(request);
    const cv = await page(request, "technique=computer-vision");
    expect(cv.items.map((i) => i.slug)).toContain("medical-image-analysis");
    expect(cv.items.every((i) => i.techniques.some((t) => t.slug === "computer-vision"))).toBe(true);
    // The technique facet ignores its own filter; the others apply it.
    expect(count(cv, "technique", "nlp")).toBe(count(all, "technique", "nlp"));
    expect(count(cv, "domain", "education")).toBeLessThan(count(all, "domain", "education")!);

    const either = await page(request, "technique=computer-vision&technique=speech");
    expect(either.total).toBeGreaterThan(cv.total);
    expect(either.items.every((i) => i.techniques.some((t) => ["computer-vision", "speech"].includes(t.slug)))).toBe(true);

    const both = await page(request, "domain=healthcare&technique=deep-learning");
    expect(both.total).toBeGreaterThan(0);
    expect(both.items.every((i) => i.domain.slug === "healthcare" && i.techniques.some((t) => t.slug === "deep-learning"))).toBe(true);
    expect(count(both, "domain", "healthcare")).toBe(both.total);

    const editorial = await page(request, "basis=editorial");
    expect(editorial.items.every((i) => i.basis === "editorial")).toBe(true);
    expect(editorial.total + (await page(request, "basis=article")).total).toBe(13);

    const mechanism = await page(request, "mechanism=data-sharing&challenge=interpretability");
    expect(mechanism.items.every((i) => i.mechanisms.some((m) => m.slug === "data-sharing") && i.challenges.some((c) => c.slug === "interpretability"))).toBe(true);
  });

  test("localizes names and searches both languages", async ({ request }) => {
    const zh = await page(request, "locale=zh&domain=healthcare");
    expect(zh.items.every((i) => i.domain.name === "医疗健康")).toBe(true);
    expect(zh.facets.domain.find((f) => f.slug === "healthcare")?.name).toBe("医疗健康");
    expect(zh.facets.basis.map((f) => f.name)).toEqual(["出自原文", "编辑补充"]);
    for (const term of ["医疗", "影像"]) {
      expect((await page(request, `q=${encodeURIComponent(term)}`)).items.map((i) => i.slug)).toContain("medical-image-analysis");
    }
    expect((await page(request, "q=route")).items[0].slug).toBe("route-planning");
  });

  test("sorts and pages", async ({ request }) => {
    const byTitle = await page(request, "pageSize=100");
    const titles = byTitle.items.map((i) => i.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
    const updated = await page(request, "sort=updated");
    const stamps = updated.items.map((i) => i.updatedAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
    const first = await page(request, "pageSize=5");
    const second = await page(request, "pageSize=5&page=2");
    const third = await page(request, "pageSize=5&page=3");
    expect(first.items).toHaveLength(5);
    expect(third.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items, ...third.items].map((i) => i.slug)).size).toBe(13);
    expect((await page(request, "page=9")).items).toEqual([]);
  });

  const badInputs: Array<[string, string]> = [
    ["technique=no-such-technique", "technique"],
    ["domain=atlantis", "domain"],
    ["mechanism=telepathy", "mechanism"],
    ["challenge=none", "challenge"],
    ["basis=rumour", "basis"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["pageSize=101", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["sort=junk", "sort"],
    [`q=${"x".repeat(10 * 1024)}`, "q"],
    ["page=1&page=2", "page"],
    ["q=a&q=b", "q"],
    ["sort=title&sort=updated", "sort"],
    ["locale=en&locale=zh", "locale"],
    ["locale=fr", "locale"],
    ["format=xml", "format"],
    ["format=csv&format=json", "format"],
  ];
  for (const [search, param] of badInputs) {
    test(`400 naming "${param}" for ${search.slice(0, 40)}`, async ({ request }) => {
      const response = await request.get(`/api/v1/use-cases?${search}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      const body = await response.json();
      expect(body.error.param).toBe(param);
      expect(typeof body.error.message).toBe("string");
    });
  }

  // Operators and quotes are text, not syntax: each query finds exactly the use cases whose text holds its terms
  // literally ("*" and "(" occur in every seeded body's Markdown, "-" in seven; "OR", "NEAR", "^" in none). A total
  // of 0 or 13 alone would not tell a literal search from an operator evaluated or a query dropped.
  const ALL = 13;
  const literal: Array<[string, string[] | "all"]> = [
    [`"route"`, ["route-planning"]],
    ["rou*", ["route-planning"]],
    ["NEAR(route planning)", []],
    ["route OR 1=1", []],
    ["route AND planning", ["route-planning"]],
    ["'; DROP TABLE UseCase; --", []],
    [`") OR ("`, []],
    ["*", "all"],
    ["^", []],
    ["医疗 -影像", []],
  ];
  for (const [q, slugs] of literal) {
    test(`searches ${q} literally with a 200`, async ({ request }) => {
      const response = await request.get(`/api/v1/use-cases?q=${encodeURIComponent(q)}&pageSize=50`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { total: number; items: Array<{ slug: string }> };
      if (slugs === "all") expect(body.total).toBe(ALL);
      else expect(body.items.map((i) => i.slug).sort()).toEqual([...slugs].sort());
      expect(body.items).toHaveLength(slugs === "all" ? ALL : slugs.length);
    });
  }

  test("CSV export holds the whole filtered set, with a BOM, in the requested locale", async ({ request }) => {
    const filtered = await page(request, "technique=deep-learning&pageSize=1&locale=zh");
    const response = await request.get("/api/v1/use-cases?technique=deep-learning&pageSize=1&page=2&locale=zh&format=csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toContain("attachment");
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("slug,title,summary,domain,techniques,mechanisms,challenges,basis,source,updatedAt,url");
    expect(lines).toHaveLength(filtered.total + 1);
    const medical = lines.find((l) => l.startsWith("medical-image-analysis,"))!;
    expect(medical).toContain("医疗健康");
    expect(medical).toContain("计算机视觉; 数据增强; 深度学习");
  });

  test("all=1 returns every matching item as an array", async ({ request }) => {
    const filtered = await page(request, "domain=education&pageSize=1");
    const response = await request.get("/api/v1/use-cases?domain=education&pageSize=1&all=1");
    expect(response.status()).toBe(200);
    const items = (await response.json()) as Item[];
    expect(items).toHaveLength(filtered.total);
    expect(items.every((i) => i.domain.slug === "education")).toBe(true);
  });
});

test.describe("GET /api/v1/use-cases/{slug}", () => {
  test("adds the body, the editor's notes and related use cases in other domains", async ({ request }) => {
    const response = await request.get("/api/v1/use-cases/medical-image-analysis?locale=zh");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = await response.json();
    expect(body.slug).toBe("medical-image-analysis");
    expect(body.title).toBe("医疗影像分析");
    expect(body.body).toContain("文章所述");
    // What the editors added is apart from the article's words (issue 13).
    expect(body.body).not.toContain("计算机视觉");
    expect(body.editorial).toContain("计算机视觉");
    expect(Array.isArray(body.notes)).toBe(true);
    expect(body.related.length).toBeGreaterThan(0);
    expect(body.related.every((r: { domain: { slug: string } }) => r.domain.slug !== "healthcare")).toBe(true);
  });

  test("404 for an unknown slug, 400 for a bad locale", async ({ request }) => {
    for (const slug of ["no-such-use-case", "Bad%20Slug", "x".repeat(300)]) {
      const response = await request.get(`/api/v1/use-cases/${slug}`);
      expect(response.status()).toBe(404);
      expect((await response.json()).error.param).toBe("slug");
    }
    const draftlike = await request.get("/api/v1/use-cases/route-planning?locale=fr");
    expect(draftlike.status()).toBe(400);
    expect((await draftlike.json()).error.param).toBe("locale");
  });
});

test.describe("lists and the fusion map", () => {
  test("domains, techniques, mechanisms and challenges carry published use-case counts", async ({ request }) => {
    const overview = await page(request);
    for (const [path, facet] of [["domains", "domain"], ["techniques", "technique"], ["mechanisms", "mechanism"], ["challenges", "challenge"]] as const) {
      const response = await request.get(`/api/v1/${path}`);
      expect(response.status()).toBe(200);
      const { items } = (await response.json()) as { items: Array<FacetValue & { category?: string }> };
      expect(items.map((i) => [i.slug, i.count])).toEqual(overview.facets[facet].map((f) => [f.slug, f.count]));
      if (facet === "technique") expect(items.find((i) => i.slug === "computer-vision")?.category).toBe("field");
    }
    const zh = await (await request.get("/api/v1/domains?locale=zh")).json();
    expect(zh.items[1].name).toBe("医疗健康");
    expect((await request.get("/api/v1/challenges?locale=xx")).status()).toBe(400);
  });

  test("fusion map cells count what the explorer finds for the pair", async ({ request }) => {
    const response = await request.get("/api/v1/fusion-map");
    expect(response.status()).toBe(200);
    const map = await response.json();
    expect(map.domains.map((d: { slug: string }) => d.slug)).toEqual(["education", "healthcare", "finance", "logistics"]);
    expect(map.techniqueCells).toHaveLength(map.domains.length * map.techniques.length);
    expect(map.challengeCells).toHaveLength(map.domains.length * map.challenges.length);
    const cell = map.techniqueCells.find((c: { domain: string; technique: string }) => c.domain === "healthcare" && c.technique === "computer-vision");
    expect(cell.count).toBe((await page(request, "domain=healthcare&technique=computer-vision")).total);
    const challenge = map.challengeCells.find((c: { domain: string; challenge: string }) => c.domain === "finance" && c.challenge === "interpretability");
    expect(challenge.count).toBe((await page(request, "domain=finance&challenge=interpretability")).total);
  });
});

test.describe("GET /api/v1/openapi.json", () => {
  test("is valid OpenAPI 3.1 describing every path, and real responses match its schemas", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(openApiProblems(doc)).toEqual([]);
    for (const path of API_PATHS) expect(Object.keys(doc.paths)).toContain(path);

    const schemaOf = (path: string, status = "200") => doc.paths[path].get.responses[status].content["application/json"].schema;
    const check = async (url: string, path: string, status = "200") => {
      const res = await request.get(url);
      expect(String(res.status()), url).toBe(status);
      expect(validate(doc, schemaOf(path, status), await res.json()), url).toEqual([]);
    };
    await check("/api/v1/use-cases?technique=nlp&locale=zh", "/api/v1/use-cases");
    await check("/api/v1/use-cases?q=%E5%8C%BB%E7%96%97&all=1", "/api/v1/use-cases");
    await check("/api/v1/use-cases?page=0", "/api/v1/use-cases", "400");
    await check("/api/v1/use-cases/route-planning", "/api/v1/use-cases/{slug}");
    await check("/api/v1/use-cases/nope", "/api/v1/use-cases/{slug}", "404");
    for (const list of ["domains", "techniques", "mechanisms", "challenges"]) await check(`/api/v1/${list}?locale=zh`, `/api/v1/${list}`);
    await check("/api/v1/fusion-map", "/api/v1/fusion-map");
  });
});
