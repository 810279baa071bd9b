import { describe, expect, it } from "vitest";
import { CATALOG_FORMAT, CATALOG_SCHEMA_VERSION, catalogFileSchema, COLLECTION_SPECS, COLLECTIONS, ITEM_SHAPES } from "./catalog-file";
import { ENTITIES } from "./registry";

const without = (name: string): Record<string, unknown> => {
  const file: Record<string, unknown> = { format: CATALOG_FORMAT, schemaVersion: CATALOG_SCHEMA_VERSION, ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])) };
  delete file[name];
  return file;
};

describe("the catalog file's collections, from the registry", () => {
  it("keeps the file's order (the canonical layout export writes)", () => {
    expect(COLLECTIONS).toEqual([
      "domains", "techniques", "workflowSteps", "mechanisms", "advantages", "drivers", "trends", "challenges", "faqs", "resources", "useCases", "notes", "traits",
    ]);
  });

  it("has one collection per entity, joined to the entity's history, and the workflow steps", () => {
    for (const def of Object.values(ENTITIES)) expect(COLLECTION_SPECS.find((c) => c.name === def.collection.name)?.entity).toBe(def.type);
    expect(COLLECTION_SPECS.find((c) => c.name === "workflowSteps")?.entity).toBeNull();
  });

  it("gives every item the bookkeeping after the entity's own fields", () => {
    for (const name of COLLECTIONS) expect(Object.keys(ITEM_SHAPES[name].shape).slice(-4)).toEqual(["version", "createdAt", "updatedAt", "deletedAt"]);
  });

  it("reads a file written before a collection added later (traits) as having none of it; an original collection stays required", () => {
    const parsed = catalogFileSchema.safeParse(without("traits"));
    expect(parsed.success && parsed.data.traits).toEqual([]);
    expect(catalogFileSchema.safeParse(without("domains")).success).toBe(false);
  });
});
