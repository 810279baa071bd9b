import { expect, test } from "@playwright/test";

// Every API item and export row carries its public page as `url` (under APP_URL, which is the server's own address in
// the e2e set-up), in the requested locale, and that page exists.
test("API items, fusion-map entries and the CSV export carry their page's url", async ({ request, baseURL }) => {
  const page = await (await request.get("/api/v1/use-cases?locale=zh&domain=finance")).json();
  expect(page.items.length).toBeGreaterThan(0);
  for (const item of page.items) expect(item.url).toBe(`${baseURL}/zh/use-cases/${item.slug}`);

  const detail = await (await request.get("/api/v1/use-cases/risk-control")).json();
  expect(detail.url).toBe(`${baseURL}/en/use-cases/risk-control`);
  for (const r of detail.related) expect(r.url).toBe(`${baseURL}/en/use-cases/${r.slug}`);
  expect((await request.get(detail.url)).status()).toBe(200);

  const expected: Record<string, (slug: string) => string> = {
    domains: (s) => `${baseURL}/en/domains/${s}`,
    techniques: (s) => `${baseURL}/en/techniques/${s}`,
    mechanisms: (s) => `${baseURL}/en/fusion#${s}`,
    challenges: (s) => `${baseURL}/en/challenges#${s}`,
  };
  for (const [list, url] of Object.entries(expected)) {
    const { items } = await (await request.get(`/api/v1/${list}`)).json();
    for (const item of items) expect(item.url, list).toBe(url(item.slug));
  }
  expect((await request.get(`${baseURL}/en/techniques/regression`)).status()).toBe(200);

  const map = await (await request.get("/api/v1/fusion-map?locale=zh")).json();
  expect(map.domains[0].url).toBe(`${baseURL}/zh/domains/${map.domains[0].slug}`);
  expect(map.techniques[0].url).toBe(`${baseURL}/zh/techniques/${map.techniques[0].slug}`);
  expect(map.challenges[0].url).toBe(`${baseURL}/zh/challenges#${map.challenges[0].slug}`);

  const csv = await (await request.get("/api/v1/use-cases?format=csv&domain=finance")).text();
  const [header, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(header.split(",").at(-1)).toBe("url");
  expect(first.split(",").at(-1)).toMatch(new RegExp(`^${baseURL}/en/use-cases/[a-z-]+$`));
});
