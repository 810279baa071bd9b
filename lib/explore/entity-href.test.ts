import { describe, expect, it } from "vitest";
import { entityHref } from "./entity-href";

describe("entityHref", () => {
  it("links domains and techniques to their pages, mechanisms and challenges to their sections", () => {
    expect(entityHref("domain", "healthcare")).toBe("/domains/healthcare");
    expect(entityHref("technique", "computer-vision")).toBe("/techniques/computer-vision");
    expect(entityHref("mechanism", "data-sharing")).toBe("/fusion#data-sharing");
    expect(entityHref("challenge", "interpretability")).toBe("/challenges#interpretability");
  });
  it("escapes what a slug should never hold", () => {
    expect(entityHref("domain", "a b/c")).toBe("/domains/a%20b%2Fc");
  });
});
