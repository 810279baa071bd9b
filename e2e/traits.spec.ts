// §1.2's traits of large models: on About (each its own card, #trait-{slug}, citing §1.2) and in /api/v1/traits.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { validate } from "../lib/api/json-schema";

const TRAITS = {
  en: [
    ["large-parameter-count", "Massive parameter numbers"],
    ["strong-learning-ability", "Strong learning ability"],
    ["broad-applicability", "Broad applicability"],
  ],
  zh: [
    ["large-parameter-count", "参数数量庞大"],
    ["strong-learning-ability", "强大的学习能力"],
    ["broad-applicability", "广泛的适用性"],
  ],
} as const;

for (const locale of ["en", "zh"] as const) {
  test(`About (${locale}) shows the three traits, each with its anchor and its source`, async ({ page }) => {
    await page.goto(`/${locale}/about`);
    const section = page.locator("section#traits");
    await expect(section.getByRole("heading", { level: 2, name: locale === "en" ? "Traits of large models" : "大模型的特点" })).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(3);
    for (const [slug, name] of TRAITS[locale]) {
      const card = page.locator(`#trait-${slug}`);
      await expect(card.getByRole("heading", { level: 3, name })).toBeVisible();
      await expect(card).toContainText(locale === "en" ? "Article §1.2" : "§1.2");
    }
    const axe = await new AxeBuilder({ page }).include("#traits").analyze();
    expect(axe.violations).toEqual([]);
  });
}

test("GET /api/v1/traits lists them in the requested language, without count, as the OpenAPI document says", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const schema = doc.paths["/api/v1/traits"].get.responses["200"].content["application/json"].schema;
  for (const locale of ["en", "zh"] as const) {
    const response = await request.get(`/api/v1/traits?locale=${locale}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await response.json()) as { items: Array<Record<string, unknown>> };
    expect(validate(doc, schema, body)).toEqual([]);
    expect(body.items.map((i) => [i.slug, i.name])).toEqual(TRAITS[locale].map(([slug, name]) => [slug, name]));
    for (const item of body.items) {
      expect(item).toMatchObject({ source: "§1.2", basis: "article", aliases: [] });
      expect(item).not.toHaveProperty("count");
      expect(String(item.url)).toMatch(new RegExp(`/${locale}/about#trait-${String(item.slug)}$`));
    }
  }
  expect((await request.get("/api/v1/traits?locale=fr")).status()).toBe(400);
});

test("an API list the registry does not declare is a JSON 404 in the API's error shape", async ({ request }) => {
  for (const path of ["/api/v1/nope", "/api/v1/trait", "/api/v1/%E7%89%B9%E5%BE%81"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = (await response.json()) as { error: { param: string | null; message: string } };
    expect(body.error.param).toBeNull();
    expect(body.error.message).toMatch(/no API list/);
  }
});
