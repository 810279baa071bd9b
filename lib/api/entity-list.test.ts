import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENTITIES } from "@/lib/schemas/registry";
import { entityListItem, tableListHandler } from "./entity-list";
import { validate } from "./json-schema";
import { API_PATHS, openApiDocument } from "./openapi";

const trait = ENTITIES.trait;
const row = {
  id: 1, slug: "strong-learning-ability", nameZh: "强大的学习能力", nameEn: "", summaryZh: "摘要", summaryEn: "Summary", source: "§1.2", basis: "article",
  position: 0, status: "published", version: 1, deletedAt: null, updatedAt: new Date(0),
};

describe("a table entity's API list (from the registry)", () => {
  let appUrl: string | undefined;
  beforeEach(() => {
    appUrl = process.env.APP_URL;
    process.env.APP_URL = "https://atlas.example";
  });
  afterEach(() => {
    if (appUrl === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = appUrl;
  });

  it("sends the declared fields in the declared order, with the fallback flag when a text fell back", () => {
    if (trait.api?.kind !== "table") throw new Error("trait declares a table list");
    const item = entityListItem(trait, trait.api.fields, row, "en");
    expect(Object.keys(item)).toEqual(["slug", "name", "summary", "source", "basis", "aliases", "url", "fallback"]);
    expect(item).toMatchObject({ name: "强大的学习能力", summary: "Summary", basis: "article", aliases: [], url: "https://atlas.example/en/about#trait-strong-learning-ability", fallback: true });
    expect(entityListItem(trait, trait.api.fields, { ...row, basis: "editorial" }, "zh")).toEqual({
      slug: "strong-learning-ability", name: "强大的学习能力", summary: "摘要", source: "§1.2", basis: "editorial", aliases: [], url: "https://atlas.example/zh/about#trait-strong-learning-ability",
    });
  });

  it("matches the schema the OpenAPI document generates for it", () => {
    if (trait.api?.kind !== "table") throw new Error("trait declares a table list");
    const doc = openApiDocument("https://atlas.example");
    const items = [entityListItem(trait, trait.api.fields, row, "en")];
    expect(validate(doc, { $ref: "#/components/schemas/TraitList" }, { items })).toEqual([]);
  });

  it("the registry's lists are exactly DESIGN.md's /api/v1/domains|techniques|mechanisms|challenges|traits", () => {
    const lists = Object.values(ENTITIES).flatMap((e) => (e.api ? [e.api.path] : []));
    expect(lists).toEqual(["/api/v1/domains", "/api/v1/techniques", "/api/v1/mechanisms", "/api/v1/challenges", "/api/v1/traits"]);
    expect([...API_PATHS].sort()).toEqual(
      ["/api/v1/use-cases", "/api/v1/use-cases/{slug}", "/api/v1/fusion-map", "/api/v1/openapi.json", ...lists].sort(),
    );
  });

  it("the dynamic list route finds exactly the table entities' lists by their path", () => {
    expect(tableListHandler("traits")).toBeTypeOf("function");
    // Facet lists have routes of their own; anything else is no list.
    for (const name of ["domains", "use-cases", "fusion-map", "trait", "nope", "", "traits/x"]) expect(tableListHandler(name)).toBeNull();
  });
});
