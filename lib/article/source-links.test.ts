import { describe, expect, it } from "vitest";
import { sourceRuns } from "./source-links";

const known = new Set(["s2-1", "s4-3", "s5", "s6-2"]);

describe("sourceRuns", () => {
  it("gives each § ref its own anchor", () => {
    expect(sourceRuns("§6.2", known)).toEqual([{ text: "§6.2", anchor: "s6-2" }]);
    expect(sourceRuns("§2.1, §6.2", known)).toEqual([
      { text: "§2.1", anchor: "s2-1" },
      { text: ", " },
      { text: "§6.2", anchor: "s6-2" },
    ]);
    expect(sourceRuns("§4.3, §5", known)).toEqual([{ text: "§4.3", anchor: "s4-3" }, { text: ", " }, { text: "§5", anchor: "s5" }]);
  });

  it("leaves refs the article does not have, and other text, unlinked", () => {
    expect(sourceRuns("§11.2", known)).toEqual([{ text: "§11.2" }]);
    expect(sourceRuns("editorial", known)).toEqual([{ text: "editorial" }]);
    expect(sourceRuns("see §5 (end)", known)).toEqual([{ text: "see " }, { text: "§5", anchor: "s5" }, { text: " (end)" }]);
  });
});
