import { describe, expect, it } from "vitest";
import { seedCatalog } from "@/prisma/seed/catalog";
import { content } from "@/prisma/seed/content";
import { largestImport } from "@/bench/lib/largest-import";
import { catalogFileSchema, MAX_CATALOG_ITEMS, serializeCatalog } from "./catalog-file";
import { parseCatalogFileInSteps } from "./catalog-file-steps";

const exported = serializeCatalog(seedCatalog(content, new Date("2026-12-06T00:00:00Z")));
const largest = largestImport(exported).text;

/** The stepwise check and the file's schema on the same input: the same verdict, issues and output. */
async function both(json: unknown, step = 50) {
  let pauses = 0;
  const steps = await parseCatalogFileInSteps(json, async () => {
    pauses++;
  }, step);
  return { steps, whole: catalogFileSchema.safeParse(json), pauses };
}

const edited = (edit: (file: Record<string, unknown> & { useCases: Array<Record<string, unknown>> }) => void) => {
  const file = JSON.parse(largest) as Record<string, unknown> & { useCases: Array<Record<string, unknown>> };
  edit(file);
  return file;
};

describe("parseCatalogFileInSteps", () => {
  it("gives the largest accepted file the schema's output, key order included, pausing every `step` items", async () => {
    const { steps, whole, pauses } = await both(JSON.parse(largest));
    expect(steps.success && whole.success).toBe(true);
    expect(JSON.stringify(steps.data)).toBe(JSON.stringify(whole.data));
    expect(pauses).toBe(Math.floor(MAX_CATALOG_ITEMS / 50));
  });

  it("reads a file without a collection added later (traits) as having none, like the schema", async () => {
    const { steps, whole } = await both(edited((f) => delete f.traits));
    expect(steps.success && steps.data.traits).toEqual([]);
    expect(JSON.stringify(steps.data)).toBe(JSON.stringify(whole.data));
  });

  const invalid: Array<[string, unknown]> = [
    ["not an object", [1, 2]],
    ["an unknown key", edited((f) => (f.extra = []))],
    ["another format", edited((f) => (f.format = "other"))],
    ["another schema version", edited((f) => (f.schemaVersion = 2))],
    ["a collection missing", edited((f) => delete f.domains)],
    ["a collection not a list", edited((f) => (f.notes = {}))],
    ["too many entries", edited((f) => f.useCases.push({ ...f.useCases[0], slug: "one-too-many" }))],
    ["an invalid item late in the file", edited((f) => (f.useCases[f.useCases.length - 1]!.version = 0))],
    ["an item in no language", edited((f) => Object.assign(f.useCases[3]!, { titleZh: "", titleEn: " " }))],
    ["a repeated slug", edited((f) => (f.useCases[f.useCases.length - 1]!.slug = f.useCases[0]!.slug))],
  ];
  it.each(invalid)("rejects %s with exactly the schema's issues", async (_name, json) => {
    const { steps, whole } = await both(json);
    expect(whole.success).toBe(false);
    expect(steps.success).toBe(false);
    expect(steps.error?.issues).toEqual(whole.error?.issues);
  });
});
