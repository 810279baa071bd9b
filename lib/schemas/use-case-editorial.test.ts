// Issue 13: a use case's editorial paragraphs ("What it typically involves") are a field of their own — in the
// shared schema and the admin form's field spec, and in catalog files (where files from before it import empty).
import { describe, expect, it } from "vitest";
import { ITEM_SHAPES } from "./catalog-file";
import { useCaseDefaults, useCaseFieldSpecs, useCaseSchema } from "./use-case";

const oldFileItem = {
  slug: "risk-control", titleZh: "风险控制", titleEn: "Risk control", summaryZh: "", summaryEn: "", bodyZh: "", bodyEn: "Body",
  basis: "article", source: "§6.3", externalUrl: null, position: 0, status: "published", domain: "finance",
  techniques: [], mechanisms: [], challenges: [], resources: [], publishedAt: null, version: 1,
  createdAt: "2026-11-29T00:00:00.000Z", updatedAt: "2026-11-29T00:00:00.000Z", deletedAt: null,
};

describe("use-case editorial field", () => {
  it("is a localized markdown field of the form, right after the body", () => {
    const names = useCaseFieldSpecs.map((f) => f.name);
    expect(names.indexOf("editorial")).toBe(names.indexOf("body") + 1);
    expect(useCaseFieldSpecs.find((f) => f.name === "editorial")).toMatchObject({ kind: "localized", widget: "markdown" });
  });

  it("is required by the shared schema (so an update can never drop it by omission) and trimmed like the body", () => {
    const base = { ...useCaseDefaults, slug: "a", titleEn: "A", domainId: 1 };
    expect(useCaseSchema.parse({ ...base, editorialEn: "**What it typically involves:** x  \n" }).editorialEn).toBe("**What it typically involves:** x");
    const { editorialZh: _zh, ...without } = base;
    void _zh;
    expect(useCaseSchema.safeParse(without).success).toBe(false);
  });

  it("imports from a catalog file written before it existed, as empty; and sits after the body in the file", () => {
    const parsed = ITEM_SHAPES.useCases.parse(oldFileItem);
    expect(parsed).toMatchObject({ editorialZh: "", editorialEn: "" });
    const keys = Object.keys(ITEM_SHAPES.useCases.shape);
    expect(keys.slice(keys.indexOf("bodyEn"), keys.indexOf("bodyEn") + 3)).toEqual(["bodyEn", "editorialZh", "editorialEn"]);
    expect(ITEM_SHAPES.useCases.parse({ ...oldFileItem, editorialEn: "Ours." }).editorialEn).toBe("Ours.");
  });
});
