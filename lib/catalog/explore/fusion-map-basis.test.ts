// The fusion map's two bases on the seeded catalog, through the engine and the app's own backend: "article" counts
// only the links the article states (one: disease diagnosis uses deep learning), "all" every link, and the article
// view names the use cases behind each of its cells.
import { beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase } from "@/test-support/integration-db";
import { testProvider } from "@/test-support/scratch-db";
import { backendFor } from "./backends";
import { createExploreEngine } from "./engine";

describe(`fusion map by basis on the seeded catalog (${testProvider})`, () => {
  const seeded = scratchDatabase({ seed: true });
  let engine: ReturnType<typeof createExploreEngine>;
  beforeAll(() => {
    engine = createExploreEngine(backendFor(seeded.db, seeded.scratch.provider));
  });

  it("counts only article links with basis 'article', and keeps the full shape", async () => {
    const [all, article] = await Promise.all([engine.fusionMap("en", "all"), engine.fusionMap("en", "article")]);
    expect(article.techniqueCells).toHaveLength(all.techniqueCells.length);
    expect(article.techniqueCells.filter((c) => c.count > 0)).toEqual([{ domain: "healthcare", technique: "deep-learning", count: 1 }]);
    expect(article.challengeCells.every((c) => c.count === 0)).toBe(true);
    expect(article.cellUseCases?.technique).toEqual({ "healthcare|deep-learning": [{ slug: "disease-diagnosis", name: { text: "Disease diagnosis", lang: "en", fallback: false } }] });
    expect(all.cellUseCases).toBeUndefined();
    const sum = (cells: Array<{ count: number }>) => cells.reduce((n, c) => n + c.count, 0);
    expect(sum(all.techniqueCells)).toBeGreaterThan(sum(article.techniqueCells));
    // The default is every link.
    expect(await engine.fusionMap("en")).toEqual(all);
  });

  it("follows the catalog: a link the editors mark as stated by the article appears in the article view", async () => {
    await seeded.db.$executeRawUnsafe(
      `UPDATE "UseCaseTechnique" SET "basis" = 'article' WHERE "useCaseId" = (SELECT "id" FROM "UseCase" WHERE "slug" = 'route-planning') AND "techniqueId" IN (SELECT "id" FROM "Technique" WHERE "slug" = 'reinforcement-learning')`,
    );
    const article = await engine.fusionMap("zh", "article");
    expect(article.techniqueCells.filter((c) => c.count > 0).map((c) => `${c.domain}|${c.technique}`).sort()).toEqual(["healthcare|deep-learning", "logistics|reinforcement-learning"]);
    expect(article.cellUseCases?.technique["logistics|reinforcement-learning"]?.map((u) => u.slug)).toEqual(["route-planning"]);
  });
});
