import { describe, expect, it } from "vitest";
import { articleFusionCounts } from "./fusion-basis";
import type { UseCaseRecord } from "./types";

function record(id: number, domainId: number, basis: string, techniques: Array<[number, string]>, challenges: Array<[number, string]> = []): UseCaseRecord {
  return {
    id, slug: `u${id}`, titleZh: "", titleEn: "", summaryZh: "", summaryEn: "", basis, source: "", externalUrl: null, updatedAt: new Date(0), domainId,
    techniques: techniques.map(([i, b]) => ({ id: i, basis: b })),
    mechanisms: [],
    challenges: challenges.map(([i, b]) => ({ id: i, basis: b })),
  };
}

describe("articleFusionCounts", () => {
  it("counts only article links of article use cases, with the use cases behind each cell", () => {
    const result = articleFusionCounts([
      record(1, 10, "article", [[100, "article"], [101, "editorial"]], [[200, "article"]]),
      record(2, 10, "article", [[100, "article"]]),
      record(3, 11, "editorial", [[100, "article"]]),
      record(4, 11, "article", [[101, "editorial"]], [[200, "editorial"]]),
    ]);
    expect(result.techniqueCells).toEqual([[10, 100, 2]]);
    expect(result.challengeCells).toEqual([[10, 200, 1]]);
    expect(result.techniqueUseCases.get("10:100")).toEqual([1, 2]);
    expect(result.challengeUseCases.get("10:200")).toEqual([1]);
  });

  it("is empty when nothing is stated by the article", () => {
    const result = articleFusionCounts([record(1, 10, "article", [[100, "editorial"]])]);
    expect(result.techniqueCells).toEqual([]);
    expect(result.challengeCells).toEqual([]);
  });
});
