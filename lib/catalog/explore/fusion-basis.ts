// The fusion map restricted to what the article itself states: a use case counts for a domain × technique (or
// challenge) pair only when the use case and that link both have basis "article". Pure; the engine feeds it records.
import type { FusionCounts, UseCaseRecord } from "./types";

export interface ArticleFusion extends FusionCounts {
  /** Use-case ids behind each non-zero cell, by "domainId:valueId", in the records' order. */
  techniqueUseCases: Map<string, number[]>;
  challengeUseCases: Map<string, number[]>;
}

export function articleFusionCounts(records: readonly UseCaseRecord[]): ArticleFusion {
  const cells = (key: "techniques" | "challenges") => {
    const byPair = new Map<string, number[]>();
    for (const r of records) {
      if (r.basis !== "article") continue;
      for (const id of new Set(r[key].filter((l) => l.basis === "article").map((l) => l.id))) {
        const pair = `${r.domainId}:${id}`;
        byPair.set(pair, [...(byPair.get(pair) ?? []), r.id]);
      }
    }
    const counts = [...byPair].map(([pair, ids]): [number, number, number] => {
      const [d, v] = pair.split(":").map(Number);
      return [d, v, ids.length];
    });
    return { counts, byPair };
  };
  const techniques = cells("techniques");
  const challenges = cells("challenges");
  return {
    techniqueCells: techniques.counts,
    challengeCells: challenges.counts,
    techniqueUseCases: techniques.byPair,
    challengeUseCases: challenges.byPair,
  };
}
