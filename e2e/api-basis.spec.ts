// Issue 13: list items of domains, techniques, mechanisms and challenges carry `source` and `basis`; the use-case
// detail's resource links carry `basis`; every response matches the OpenAPI document.
import { expect, test } from "@playwright/test";
import { validate } from "../lib/api/json-schema";

const LISTS = ["domains", "techniques", "mechanisms", "challenges"] as const;

for (const locale of ["en", "zh"] as const) {
  test(`lists carry source and basis (${locale})`, async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const list of LISTS) {
      const res = await request.get(`/api/v1/${list}?locale=${locale}`);
      expect(res.status()).toBe(200);
      const body = (await res.json()) as { items: Array<{ slug: string; source: string; basis: string }> };
      expect(validate(doc, { $ref: "#/components/schemas/List" }, body), list).toEqual([]);
      expect(body.items.length, list).toBeGreaterThan(0);
      for (const item of body.items) {
        expect(["article", "editorial"], `${list}/${item.slug}`).toContain(item.basis);
        expect(item.basis, `${list}/${item.slug}: a § source is the article's`).toBe(/§\s*\d/.test(item.source) ? "article" : "editorial");
      }
    }
    const domains = (await (await request.get(`/api/v1/domains?locale=${locale}`)).json()) as { items: Array<{ slug: string; source: string; basis: string }> };
    expect(domains.items.find((d) => d.slug === "healthcare")).toMatchObject({ source: "§2.1, §6.2", basis: "article" });
  });
}

test("a use case's resource links carry basis, and the detail matches the OpenAPI document", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const list = (await (await request.get("/api/v1/use-cases?all=1")).json()) as Array<{ slug: string }>;
  let withResources = 0;
  for (const { slug } of list) {
    const detail = await (await request.get(`/api/v1/use-cases/${slug}`)).json();
    expect(validate(doc, { $ref: "#/components/schemas/UseCaseDetail" }, detail), slug).toEqual([]);
    for (const r of detail.resources as Array<{ basis: string }>) expect(["article", "editorial"]).toContain(r.basis);
    if (detail.resources.length > 0) withResources += 1;
  }
  expect(withResources).toBeGreaterThan(0);
});

test("the OpenAPI document requires source and basis on list items", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.components.schemas.ListItem.required).toEqual(expect.arrayContaining(["source", "basis"]));
  expect(doc.components.schemas.ListItem.properties.basis.enum).toEqual(["article", "editorial"]);
  expect(doc.components.schemas.UseCaseDetail.allOf[1].required).toContain("resources");
});
