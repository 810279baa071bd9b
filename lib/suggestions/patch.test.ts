import { describe, expect, it } from "vitest";
import { applyPatch, defaultChosen, diffAgainstBase, diffAgainstCurrent, isEmptyPatch, makePatch, parsePatch } from "./patch";

const base = { titleEn: "Old", titleZh: "旧", summaryEn: "S", externalUrl: null, techniques: [{ id: 2, basis: "article" }, { id: 1, basis: "editorial" }] };

describe("makePatch", () => {
  it("keeps only the changed fields, with the base value and the proposal", () => {
    const p = makePatch(3, base, { ...base, titleEn: "New", externalUrl: "" }, ["titleEn", "titleZh", "summaryEn", "externalUrl"]);
    expect(p).toEqual({ baseVersion: 3, fields: { titleEn: { from: "Old", to: "New" } } });
  });
  it("compares link lists as sets of ids", () => {
    expect(isEmptyPatch(makePatch(1, base, { techniques: [1, 2] }, ["techniques"]))).toBe(true);
    expect(makePatch(1, base, { techniques: [3, 1] }, ["techniques"]).fields.techniques).toEqual({ from: [1, 2], to: [1, 3] });
  });
  it("ignores fields it was not asked about and fields the proposal leaves out", () => {
    expect(isEmptyPatch(makePatch(1, base, { bodyEn: "x" }, ["titleEn"]))).toBe(true);
  });
});

describe("applyPatch", () => {
  it("sets the chosen fields and keeps the others and the links' basis", () => {
    const p = makePatch(1, base, { titleEn: "New", summaryEn: "T", techniques: [1, 5] }, ["titleEn", "summaryEn", "techniques"]);
    const next = applyPatch({ ...base, titleZh: "新" }, p, ["titleEn", "techniques"]);
    expect(next.titleEn).toBe("New");
    expect(next.summaryEn).toBe("S");
    expect(next.titleZh).toBe("新");
    expect(next.techniques).toEqual([{ id: 1, basis: "editorial" }, { id: 5, basis: "editorial" }]);
  });
});

describe("diffs", () => {
  const p = makePatch(1, base, { titleEn: "New", summaryEn: "T" }, ["titleEn", "summaryEn"]);
  it("against the base lists from → to", () => {
    expect(diffAgainstBase(p)).toEqual([
      { field: "titleEn", from: "Old", to: "New" },
      { field: "summaryEn", from: "S", to: "T" },
    ]);
  });
  it("against the current version marks fields that moved on and chooses only the clean ones", () => {
    const current = { ...base, titleEn: "Edited meanwhile" };
    const changes = diffAgainstCurrent(p, current);
    expect(changes.find((c) => c.field === "titleEn")).toMatchObject({ movedOn: true, current: "Edited meanwhile", proposed: "New" });
    expect(changes.find((c) => c.field === "summaryEn")).toMatchObject({ movedOn: false });
    expect(defaultChosen(changes)).toEqual(["summaryEn"]);
  });
  it("a field already holding the proposal is not chosen", () => {
    expect(defaultChosen(diffAgainstCurrent(p, { ...base, summaryEn: "T" }))).toEqual(["titleEn"]);
  });
});

describe("parsePatch", () => {
  it("round-trips and refuses what is not a patch", () => {
    const p = makePatch(2, base, { titleEn: "N", techniques: [7] }, ["titleEn", "techniques"]);
    expect(parsePatch(JSON.stringify(p))).toEqual(p);
    expect(parsePatch("nope")).toBeNull();
    expect(parsePatch(JSON.stringify({ baseVersion: "1", fields: {} }))).toBeNull();
    expect(parsePatch(JSON.stringify({ baseVersion: 1, fields: { a: { from: {}, to: 1 } } }))).toBeNull();
  });
});
