import { describe, expect, it } from "vitest";
import { parseAliases } from "@/lib/schemas/aliases";
import { SEED_ALIASES, seedAliases } from "./aliases";
import { content } from "./content";

describe("seeded aliases", () => {
  it.each(["domains", "techniques", "mechanisms", "challenges"] as const)("every one of the %s has aliases in zh and en, and no alias names an unknown entry", (kind) => {
    const slugs = content[kind].map((e) => e.slug);
    expect(Object.keys(SEED_ALIASES[kind]).sort()).toEqual([...slugs].sort());
    for (const slug of slugs) {
      const { aliasesZh, aliasesEn } = seedAliases(kind, slug);
      expect(parseAliases(aliasesZh).length, `${slug} zh`).toBeGreaterThan(0);
      expect(parseAliases(aliasesEn).length, `${slug} en`).toBeGreaterThan(0);
      // Stored in the canonical form the schema field writes, so a save without changes changes nothing.
      expect(parseAliases(aliasesEn).join(", ")).toBe(aliasesEn);
      expect(parseAliases(aliasesZh).join(", ")).toBe(aliasesZh);
    }
  });

  it("includes the issue's examples", () => {
    expect(SEED_ALIASES.techniques["computer-vision"]).toEqual({ zh: expect.arrayContaining(["机器视觉", "视觉"]), en: expect.arrayContaining(["CV", "machine vision"]) });
    expect(SEED_ALIASES.techniques.nlp).toEqual({ zh: expect.arrayContaining(["自然语言"]), en: expect.arrayContaining(["NLP", "natural language"]) });
  });
});
