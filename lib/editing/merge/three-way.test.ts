import { describe, expect, it } from "vitest";
import { mergeLinks, resolveConflicts, threeWayMerge } from "./three-way";

const base = { titleEn: "Crop yield", summaryEn: "Old summary", status: "draft", techniques: [{ id: 1, basis: "article" }, { id: 2, basis: "article" }] };

describe("threeWayMerge", () => {
  it("merges disjoint fields and says which saved changes were kept", () => {
    const theirs = { ...base, summaryEn: "Their summary" };
    const yours = { ...base, titleEn: "My title" };
    const out = threeWayMerge({ base, theirs, yours });
    expect(out.kind).toBe("merged");
    if (out.kind !== "merged") return;
    expect(out.values).toMatchObject({ titleEn: "My title", summaryEn: "Their summary", status: "draft" });
    expect(out.kept).toEqual(["summaryEn"]);
    expect(out.yours).toEqual(["titleEn"]);
  });

  it("treats the same change on both sides as no conflict", () => {
    const theirs = { ...base, titleEn: "Same", status: "published" };
    const yours = { ...base, titleEn: "Same" };
    const out = threeWayMerge({ base, theirs, yours });
    expect(out.kind).toBe("merged");
    if (out.kind !== "merged") return;
    expect(out.values).toMatchObject({ titleEn: "Same", status: "published" });
    expect(out.kept).toEqual(["status"]);
  });

  it("reports a true conflict with base, theirs and yours, and keeps your value in the merge", () => {
    const theirs = { ...base, titleEn: "Theirs", summaryEn: "Their summary" };
    const yours = { ...base, titleEn: "Yours" };
    const out = threeWayMerge({ base, theirs, yours });
    expect(out.kind).toBe("conflict");
    if (out.kind !== "conflict") return;
    expect(out.conflicts).toEqual([{ field: "titleEn", base: "Crop yield", theirs: "Theirs", yours: "Yours" }]);
    expect(out.values).toMatchObject({ titleEn: "Yours", summaryEn: "Their summary" });
    expect(resolveConflicts(out, { titleEn: "theirs" })).toMatchObject({ titleEn: "Theirs", summaryEn: "Their summary" });
    expect(resolveConflicts(out, {})).toMatchObject({ titleEn: "Yours" });
  });

  it("merges link sets: additions and removals from both sides", () => {
    const theirs = { ...base, techniques: [{ id: 1, basis: "article" }, { id: 2, basis: "article" }, { id: 3, basis: "editorial" }] };
    const yours = { ...base, techniques: [{ id: 2, basis: "article" }, { id: 4, basis: "article" }] };
    const out = threeWayMerge({ base, theirs, yours });
    expect(out.kind).toBe("merged");
    if (out.kind !== "merged") return;
    const ids = (out.values.techniques as Array<{ id: number }>).map((l) => l.id).sort();
    expect(ids).toEqual([2, 3, 4]);
    expect(out.kept).toEqual(["techniques"]);
  });

  it("a link both sides re-based differently is a conflict; removing and re-adding nothing else is fine", () => {
    expect(mergeLinks([{ id: 1, basis: "article" }], [{ id: 1, basis: "editorial" }], [{ id: 1, basis: "other" }])).toBeNull();
    expect(mergeLinks([{ id: 1, basis: "article" }], [], [])).toEqual([]);
    const out = threeWayMerge({
      base,
      theirs: { ...base, techniques: [{ id: 1, basis: "editorial" }, { id: 2, basis: "article" }] },
      yours: { ...base, techniques: [{ id: 2, basis: "article" }] },
    });
    expect(out.kind).toBe("conflict");
    if (out.kind === "conflict") expect(out.conflicts.map((c) => c.field)).toEqual(["techniques"]);
  });

  it("a deleted entry is its own outcome", () => {
    expect(threeWayMerge({ base, theirs: null, yours: base })).toEqual({ kind: "deleted" });
    expect(threeWayMerge({ base, theirs: base, yours: { ...base, titleEn: "x" }, theirsDeleted: true })).toEqual({ kind: "deleted" });
  });

  it("a base two versions behind keeps every change saved since", () => {
    const v2 = { ...base, summaryEn: "v2 summary" };
    const v3 = { ...v2, status: "published", techniques: [...base.techniques, { id: 9, basis: "article" }] };
    const yours = { ...base, titleEn: "Mine", techniques: [{ id: 1, basis: "article" }] };
    const out = threeWayMerge({ base, theirs: v3, yours });
    expect(out.kind).toBe("merged");
    if (out.kind !== "merged") return;
    expect(out.values).toMatchObject({ titleEn: "Mine", summaryEn: "v2 summary", status: "published" });
    expect((out.values.techniques as Array<{ id: number }>).map((l) => l.id).sort()).toEqual([1, 9]);
    expect(out.kept.sort()).toEqual(["status", "summaryEn", "techniques"]);
  });

  it("nothing changed on either side merges to the base", () => {
    const out = threeWayMerge({ base, theirs: base, yours: base });
    expect(out).toMatchObject({ kind: "merged", kept: [], yours: [] });
  });
});
