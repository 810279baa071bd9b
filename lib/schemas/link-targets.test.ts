import { describe, expect, it } from "vitest";
import { LINK_FIELD_TARGETS, REFERENCE_FIELD_TARGETS, relationTargetOf, relationTargetsOfField } from "./link-targets";

describe("link targets derived from the field specs", () => {
  it("knows the use case's link sets and its domain reference", () => {
    expect(LINK_FIELD_TARGETS).toEqual({ techniques: "technique", mechanisms: "mechanism", challenges: "challenge", resources: "resource" });
    expect(REFERENCE_FIELD_TARGETS).toEqual({ domainId: "domain" });
  });

  it("maps a spec to its relation target, and non-relations to null", () => {
    expect(relationTargetOf({ kind: "links", name: "techniques", target: "technique" })).toBe("technique");
    expect(relationTargetOf({ kind: "links", name: "x", target: "faq" })).toBeNull();
    expect(relationTargetOf({ kind: "text", name: "x", max: 3 })).toBeNull();
  });

  it("resolves a note's target id by its target type", () => {
    expect(relationTargetsOfField("targetId", "resource")).toEqual(["resource"]);
    expect(relationTargetsOfField("targetId", "page")).not.toContain("page");
    expect(relationTargetsOfField("titleEn")).toEqual([]);
  });
});
