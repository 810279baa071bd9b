import { describe, expect, it } from "vitest";
import { seedCatalog } from "@/prisma/seed/catalog";
import { content } from "@/prisma/seed/content";
import { catalogFileSchema, COLLECTIONS, MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS, serializeCatalog } from "@/lib/schemas/catalog-file";
import { largestImport } from "./largest-import";

describe("largestImport", () => {
  const exported = serializeCatalog(seedCatalog(content, new Date("2026-12-06T00:00:00Z")));
  const file = largestImport(exported);

  it("fills the entry limit and comes within a few kB under the byte limit", () => {
    expect(file.items).toBe(MAX_CATALOG_ITEMS);
    expect(file.bytes).toBe(Buffer.byteLength(file.text));
    expect(file.bytes).toBeLessThanOrEqual(MAX_CATALOG_BYTES);
    expect(file.bytes).toBeGreaterThan(MAX_CATALOG_BYTES - 16_384);
  });

  it("is a valid catalog file that keeps every seeded entry and adds new use cases", () => {
    const parsed = catalogFileSchema.safeParse(JSON.parse(file.text));
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    if (!parsed.success) return;
    const count = COLLECTIONS.reduce((n, name) => n + (parsed.data[name] as unknown[]).length, 0);
    expect(count).toBe(MAX_CATALOG_ITEMS);
    const seeded = seedCatalog(content, new Date("2026-12-06T00:00:00Z"));
    expect(parsed.data.useCases.length).toBe(seeded.useCases.length + file.addedUseCases);
    expect(parsed.data.useCases.filter((u) => u.slug.startsWith("bench-import-"))).toHaveLength(file.addedUseCases);
  });
});
