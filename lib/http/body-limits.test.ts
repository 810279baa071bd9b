import { describe, expect, it } from "vitest";
import { MAX_ENTRY_BODY_BYTES } from "@/lib/editing/entry-api";
import { MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS, catalogFileSchema } from "@/lib/schemas/catalog-file";
import { PROXY_BODY_LIMIT_BYTES } from "./body-limits.mjs";

describe("request body limits", () => {
  it("are all below the size at which Next.js's proxy cuts bodies, so a cut body is always refused", () => {
    for (const limit of [MAX_CATALOG_BYTES, MAX_ENTRY_BODY_BYTES, 1024 * 1024 /* server actions */]) {
      expect(limit).toBeLessThan(PROXY_BODY_LIMIT_BYTES);
    }
  });

  it("bound an import by entries as well as bytes", () => {
    const empty = { format: "fusion-atlas/catalog", schemaVersion: 1, domains: [], techniques: [], workflowSteps: [], mechanisms: [], advantages: [], drivers: [], trends: [], challenges: [], faqs: [], resources: [], useCases: [], notes: [] };
    expect(catalogFileSchema.safeParse(empty).success).toBe(true);
    const faq = (i: number) => ({
      slug: `faq-${i}`, questionZh: "", questionEn: `Q${i}?`, answerZh: "", answerEn: "A.", source: "§1", position: i, status: "published",
      version: 1, createdAt: "2026-11-29T00:00:00.000Z", updatedAt: "2026-11-29T00:00:00.000Z", deletedAt: null,
    });
    const many = { ...empty, faqs: Array.from({ length: MAX_CATALOG_ITEMS + 1 }, (_, i) => faq(i)) };
    const parsed = catalogFileSchema.safeParse(many);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(`tooManyItems:${MAX_CATALOG_ITEMS}`);
    const enough = { ...empty, faqs: many.faqs.slice(0, MAX_CATALOG_ITEMS) };
    expect(catalogFileSchema.safeParse(enough).error?.issues.slice(0, 3)).toBeUndefined();
  });
});
