import { describe, expect, it } from "vitest";
import { foldFacetOptions, isFoldable, normalizeForMatch } from "./fold-facet-options";

const options = [
  { slug: "computer-vision", label: "Computer vision", count: 2 },
  { slug: "nlp", label: "Natural language processing", count: 0 },
  { slug: "reinforcement-learning", label: "Reinforcement learning", count: 0 },
  { slug: "knowledge-graph", label: "Knowledge graph", count: 5 },
  { slug: "llm", label: "大模型", count: 1 },
];

describe("foldFacetOptions", () => {
  it("folds values with a zero count that are not selected, keeping the order", () => {
    const r = foldFacetOptions(options, []);
    expect(r.visible.map((o) => o.slug)).toEqual(["computer-vision", "knowledge-graph", "llm"]);
    expect(r.folded).toBe(2);
    expect(r.matched).toBe(5);
  });

  it("keeps a selected value visible even with a zero count, so it can be cleared", () => {
    const r = foldFacetOptions(options, ["nlp"]);
    expect(r.visible.map((o) => o.slug)).toEqual(["computer-vision", "nlp", "knowledge-graph", "llm"]);
    expect(r.folded).toBe(1);
  });

  it("shows everything when asked to", () => {
    const r = foldFacetOptions(options, [], { showAll: true });
    expect(r.visible).toHaveLength(5);
    expect(r.folded).toBe(2);
  });

  it("narrows to names containing the query, case- and width-insensitively, and counts folded matches", () => {
    expect(foldFacetOptions(options, [], { query: "  VISION " }).visible.map((o) => o.slug)).toEqual(["computer-vision"]);
    expect(foldFacetOptions(options, [], { query: "ＶＩＳＩＯＮ" }).visible.map((o) => o.slug)).toEqual(["computer-vision"]);
    expect(foldFacetOptions(options, [], { query: "模型" }).visible.map((o) => o.slug)).toEqual(["llm"]);
    const learning = foldFacetOptions(options, [], { query: "learning" });
    expect(learning.visible).toEqual([]);
    expect(learning).toMatchObject({ folded: 1, matched: 1 });
    expect(foldFacetOptions(options, [], { query: "learning", showAll: true }).visible.map((o) => o.slug)).toEqual(["reinforcement-learning"]);
  });

  it("matches slugs too", () => {
    expect(foldFacetOptions(options, [], { query: "llm" }).visible.map((o) => o.slug)).toEqual(["llm"]);
  });

  it("finds nothing for a query that matches nothing", () => {
    expect(foldFacetOptions(options, [], { query: "zzz" })).toEqual({ visible: [], folded: 0, matched: 0 });
  });
});

describe("helpers", () => {
  it("isFoldable", () => {
    expect(isFoldable({ slug: "a", label: "A", count: 0 }, [])).toBe(true);
    expect(isFoldable({ slug: "a", label: "A", count: 0 }, ["a"])).toBe(false);
    expect(isFoldable({ slug: "a", label: "A", count: 3 }, [])).toBe(false);
  });
  it("normalizeForMatch", () => {
    expect(normalizeForMatch(" Ｃｏｍｐｕｔｅｒ ")).toBe("computer");
  });
});
