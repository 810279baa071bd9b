import { describe, expect, it } from "vitest";
import { aliasesField, parseAliases } from "./aliases";
import { ITEM_SHAPES } from "./catalog-file";
import { techniqueSchema, techniqueDefaults } from "./technique";

describe("aliases", () => {
  it("splits on commas, semicolons and the Chinese separators, trims and drops repeats (case aside)", () => {
    expect(parseAliases(" CV,machine  vision；机器视觉、视觉，cv ;")).toEqual(["CV", "machine vision", "机器视觉", "视觉"]);
    expect(parseAliases("")).toEqual([]);
    expect(parseAliases(null)).toEqual([]);
  });

  it("stores the canonical form, which parses again unchanged", () => {
    const stored = aliasesField.parse("CV；machine vision、 CV");
    expect(stored).toBe("CV, machine vision");
    expect(aliasesField.parse(stored)).toBe(stored);
  });

  it("refuses an alias longer than 80 characters or a text over 500, with a message code", () => {
    const long = aliasesField.safeParse(`CV, ${"x".repeat(81)}`);
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe("tooLong:80");
    expect(aliasesField.safeParse("a, ".repeat(200)).error?.issues[0]?.message).toBe("tooLong:500");
  });

  it("is part of the technique schema, and a catalog file from before aliases still imports", () => {
    const parsed = techniqueSchema.parse({ ...techniqueDefaults, slug: "cv", nameEn: "Computer vision", aliasesEn: "CV,MV" });
    expect(parsed.aliasesEn).toBe("CV, MV");
    const old = { slug: "x", nameZh: "", nameEn: "X", summaryZh: "", summaryEn: "", source: "", position: 0, status: "published", version: 1, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", deletedAt: null };
    expect(ITEM_SHAPES.challenges.parse(old)).toMatchObject({ aliasesZh: "", aliasesEn: "" });
  });
});
