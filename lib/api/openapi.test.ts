import { describe, expect, it } from "vitest";
import { openApiProblems, validate } from "./json-schema";
import { API_PATHS, openApiDocument } from "./openapi";

const doc = openApiDocument("http://localhost:3000");

describe("OpenAPI document", () => {
  it("is a structurally valid OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(openApiProblems(doc)).toEqual([]);
  });

  it("describes every path of the contract", () => {
    expect(Object.keys(doc.paths).sort()).toEqual([...API_PATHS].sort());
  });

  it("documents errors with the { error: { param, message } } shape", () => {
    const schema = { $ref: "#/components/schemas/Error" };
    expect(validate(doc, schema, { error: { param: "page", message: "page must be…" } })).toEqual([]);
    expect(validate(doc, schema, { error: { param: null, message: "x" } })).toEqual([]);
    expect(validate(doc, schema, { error: { message: "x" } })).toEqual([`$.error: missing required property "param"`]);
  });
});

describe("the JSON Schema checker", () => {
  it("checks types, required properties, enums, ranges and arrays", () => {
    const item = { $ref: "#/components/schemas/UseCase" };
    const good = {
      slug: "a", title: "A", summary: "", basis: "article", source: "§6.2", domain: { slug: "d", name: "D" },
      techniques: [{ slug: "t", name: "T", basis: "editorial" }], mechanisms: [], challenges: [], updatedAt: "2026-11-29T00:00:00.000Z",
      url: "http://localhost:3000/en/use-cases/a",
    };
    expect(validate(doc, item, good)).toEqual([]);
    expect(validate(doc, item, { ...good, basis: "other" })).toHaveLength(1);
    expect(validate(doc, item, { ...good, techniques: [{ slug: "t", name: "T" }] })).toEqual([`$.techniques[0]: missing required property "basis"`]);
    expect(validate(doc, item, { ...good, fallback: false })).toHaveLength(1);
    const noUrl: Partial<typeof good> = { ...good };
    delete noUrl.url;
    expect(validate(doc, item, noUrl)).toEqual([`$: missing required property "url"`]);
    expect(validate(doc, { type: "integer", minimum: 1 }, 0)).toHaveLength(1);
    expect(validate(doc, { type: "integer" }, 1.5)).toHaveLength(1);
    expect(validate(doc, { type: ["string", "null"] }, null)).toEqual([]);
  });

  it("reports unresolvable references and missing responses", () => {
    expect(openApiProblems({ openapi: "3.0.0", info: { title: "x", version: "1" }, paths: { "/a": { get: {} } }, x: { $ref: "#/nope" } })).toEqual([
      "openapi must be 3.1.x, got 3.0.0",
      "GET /a: responses required",
      "Unresolvable reference #/nope",
    ]);
  });
});
