import { describe, expect, it } from "vitest";
import { diffSnapshots, stableStringify } from "./snapshot-diff";
import { diffText, tokenize, type TextSegment } from "./text-diff";

const side = (segments: TextSegment[], which: "before" | "after") =>
  segments.filter((s) => s.op === "equal" || s.op === (which === "before" ? "delete" : "insert")).map((s) => s.text).join("");

describe("diffText", () => {
  it("returns nothing for two empty texts and one equal segment for equal texts", () => {
    expect(diffText("", "")).toEqual([]);
    expect(diffText("same", "same")).toEqual([{ op: "equal", text: "same" }]);
  });

  it("marks a changed word and keeps the rest equal", () => {
    expect(diffText("the quick brown fox", "the slow brown fox")).toEqual([
      { op: "equal", text: "the " },
      { op: "delete", text: "quick" },
      { op: "insert", text: "slow" },
      { op: "equal", text: " brown fox" },
    ]);
  });

  it("diffs Chinese character by character", () => {
    expect(tokenize("深度学习")).toEqual(["深", "度", "学", "习"]);
    expect(diffText("深度学习模型", "机器学习模型")).toEqual([
      { op: "delete", text: "深度" },
      { op: "insert", text: "机器" },
      { op: "equal", text: "学习模型" },
    ]);
  });

  it("always reconstructs both sides, including for pure inserts, pure deletes and long texts", () => {
    const cases: Array<[string, string]> = [
      ["", "new text"],
      ["old text", ""],
      ["a b c d e f", "a x c y e z"],
      ["line one\nline two\n", "line one\nline 2\nline three\n"],
      [Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" "), Array.from({ length: 3000 }, (_, i) => (i % 97 === 0 ? `X${i}` : `w${i}`)).join(" ")],
    ];
    for (const [a, b] of cases) {
      const segments = diffText(a, b);
      expect(side(segments, "before")).toBe(a);
      expect(side(segments, "after")).toBe(b);
    }
  });

  it("falls back to replace-all past the edit budget, still reconstructing both sides", () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(" ");
    const segments = diffText(a, b);
    expect(side(segments, "before")).toBe(a);
    expect(side(segments, "after")).toBe(b);
  });
});

describe("diffSnapshots", () => {
  const base = {
    slug: "risk-control",
    titleEn: "Risk control",
    titleZh: "风险控制",
    position: 3,
    status: "draft",
    externalUrl: null,
    techniques: [{ id: 1, basis: "article" }, { id: 2, basis: "editorial" }],
  };

  it("finds no change between equal snapshots, whatever their key order", () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    expect(diffSnapshots(base, reordered)).toEqual([]);
    expect(stableStringify({ b: 1, a: [{ y: 1, x: 2 }] })).toBe('{"a":[{"x":2,"y":1}],"b":1}');
  });

  it("reports text, value and link changes field by field", () => {
    const after = {
      ...base,
      titleEn: "Risk management",
      position: 4,
      status: "published",
      externalUrl: "https://example.org",
      techniques: [{ id: 2, basis: "article" }, { id: 3, basis: "editorial" }],
    };
    const changes = diffSnapshots(base, after);
    expect(changes.map((c) => [c.field, c.kind])).toEqual([
      ["titleEn", "text"],
      ["position", "value"],
      ["status", "text"],
      ["externalUrl", "text"],
      ["techniques", "links"],
    ]);
    const links = changes.find((c) => c.kind === "links");
    expect(links?.kind === "links" && links.links).toEqual({
      added: [{ id: 3, basis: "editorial" }],
      removed: [{ id: 1, basis: "article" }],
      basisChanged: [{ id: 2, from: "editorial", to: "article" }],
    });
    const title = changes[0];
    expect(title?.kind === "text" && title.segments).toEqual([
      { op: "equal", text: "Risk " },
      { op: "delete", text: "control" },
      { op: "insert", text: "management" },
    ]);
  });

  it("treats a missing earlier snapshot as all fields added and lists fields that disappeared", () => {
    const changes = diffSnapshots(null, { slug: "x", verified: true });
    expect(changes).toEqual([
      { field: "slug", kind: "text", before: "", after: "x", segments: [{ op: "insert", text: "x" }] },
      { field: "verified", kind: "value", before: undefined, after: true },
    ]);
    expect(diffSnapshots({ slug: "x", gone: 1 }, { slug: "x" })).toEqual([{ field: "gone", kind: "value", before: 1, after: undefined }]);
  });
});
