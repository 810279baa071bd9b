// Issue 13: list items carry `source` and `basis`; use-case detail's resource links carry `basis`; OpenAPI says so.
import { describe, expect, it } from "vitest";
import { content } from "@/prisma/seed/content";
import { basisOfSource } from "@/lib/provenance/basis";
import { validate } from "./json-schema";
import { openApiDocument } from "./openapi";

const doc = openApiDocument("http://localhost:3000");

describe("OpenAPI: source and basis", () => {
  const listItem = { $ref: "#/components/schemas/ListItem" };
  const good = { slug: "healthcare", name: "Healthcare", count: 3, source: "§2.1, §6.2", basis: "article", aliases: [], url: "http://localhost:3000/en/domains/healthcare" };

  it("list items require source and basis (article | editorial)", () => {
    expect(validate(doc, listItem, good)).toEqual([]);
    expect(validate(doc, listItem, { ...good, basis: "editorial", source: "https://example.org" })).toEqual([]);
    expect(validate(doc, listItem, { ...good, basis: "stated" })).toHaveLength(1);
    const without = (key: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));
    expect(validate(doc, listItem, without("basis"))).toEqual([`$: missing required property "basis"`]);
    expect(validate(doc, listItem, without("source"))).toEqual([`$: missing required property "source"`]);
  });

  it("use-case detail requires resources, each a link with a basis", () => {
    const detail = { $ref: "#/components/schemas/UseCaseDetail" };
    const base = {
      slug: "a", title: "A", summary: "", basis: "article", source: "§6.2", domain: { slug: "d", name: "D" },
      techniques: [], mechanisms: [], challenges: [], updatedAt: "2026-11-29T00:00:00.000Z", body: "", editorial: "", notes: [], related: [], url: "http://localhost:3000/en/use-cases/a",
    };
    expect(validate(doc, detail, { ...base, resources: [{ slug: "r", name: "R", basis: "editorial" }] })).toEqual([]);
    expect(validate(doc, detail, { ...base, resources: [{ slug: "r", name: "R" }] })).toEqual([`$.resources[0]: missing required property "basis"`]);
    expect(validate(doc, detail, base)).toEqual([`$: missing required property "resources"`]);
  });

  it("use-case detail carries its editorial paragraphs apart from the body (issue 13)", () => {
    const detail = { $ref: "#/components/schemas/UseCaseDetail" };
    const item = {
      slug: "a", title: "A", summary: "", basis: "article", source: "§6.2", domain: { slug: "d", name: "D" },
      techniques: [], mechanisms: [], challenges: [], updatedAt: "2026-11-29T00:00:00.000Z", body: "", notes: [], related: [], resources: [], url: "http://localhost:3000/en/use-cases/a",
    };
    expect(validate(doc, detail, { ...item, editorial: "**What it typically involves:** …" })).toEqual([]);
    expect(validate(doc, detail, item)).toEqual([`$: missing required property "editorial"`]);
  });
});

describe("the seeded entities' basis", () => {
  it("domains, mechanisms and challenges are all the article's; techniques are mostly, with the editorial ones marked", () => {
    for (const e of [...content.domains, ...content.mechanisms, ...content.challenges]) expect(basisOfSource(e.source), e.slug).toBe("article");
    const editorial = content.techniques.filter((t) => basisOfSource(t.source) === "editorial").map((t) => t.slug);
    const article = content.techniques.filter((t) => basisOfSource(t.source) === "article");
    expect(article.length).toBeGreaterThan(0);
    for (const slug of editorial) expect(content.techniques.find((t) => t.slug === slug)?.source, slug).toBe("editorial");
  });
});
