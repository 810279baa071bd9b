import { describe, expect, it } from "vitest";
import { entityHref, explorerHref } from "./entity-href";

describe("entityHref", () => {
  it("sends techniques and domains to their pages, mechanisms and challenges to their anchors", () => {
    expect(entityHref("technique", "computer-vision")).toBe("/techniques/computer-vision");
    expect(entityHref("domain", "healthcare")).toBe("/domains/healthcare");
    expect(entityHref("mechanism", "data-sharing")).toBe("/fusion#data-sharing");
    expect(entityHref("challenge", "ethics-bias")).toBe("/challenges#ethics-bias");
  });

  it("escapes slugs", () => {
    expect(entityHref("technique", "a b")).toBe("/techniques/a%20b");
  });
});

describe("explorerHref", () => {
  it("builds the explorer's query with the API's parameter names in a fixed order", () => {
    expect(explorerHref({ technique: "nlp", domain: "finance" })).toBe("/explore?domain=finance&technique=nlp");
    expect(explorerHref({ challenge: ["a", "b"] })).toBe("/explore?challenge=a&challenge=b");
    expect(explorerHref({})).toBe("/explore");
  });
});
