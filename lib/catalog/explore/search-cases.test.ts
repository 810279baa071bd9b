// The search cases of issue 12 (bench/search-cases.ts: stems, aliases, typos, cross-language, zh and en) against the
// seeded catalog, on the provider under test (SQLite; PostgreSQL with TEST_PG_URL), through the native backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_CASES } from "@/bench/search-cases";
import { applySeed } from "@/prisma/seed/apply";
import { content } from "@/prisma/seed/content";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";
import { backendFor } from "./backends";
import { createExploreEngine, type ExploreEngine } from "./engine";
import { answerCase } from "./search-cases";

describe(`search that forgives (${testProvider})`, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDb>>;
  let engine: ExploreEngine;

  beforeAll(async () => {
    scratch = await createScratchDb();
    await applySeed(scratch.db, content);
    engine = createExploreEngine(backendFor(scratch.db, scratch.provider));
  });
  afterAll(async () => scratch?.cleanup());

  it("holds at least 40 cases of every kind", () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SEARCH_CASES.map((c) => c.kind))).toEqual(new Set(["exact", "stem", "alias", "typo", "cross-language"]));
  });

  it.each(SEARCH_CASES.map((c) => [`${c.kind}: ${c.q} (${c.locale ?? "en"})`, c] as const))("%s", async (_, c) => {
    const answer = await answerCase(engine, c);
    if (c.suggest) {
      expect(answer.total, "the misspelt query finds nothing").toBe(0);
      expect(answer.suggestions.length, "and offers a suggestion").toBeGreaterThan(0);
    }
    expect(answer.slugs).toEqual(expect.arrayContaining(c.expect));
  });

  it("suggests the issue's example", async () => {
    expect((await answerCase(engine, { q: "route planing" })).suggestions[0]).toBe("Route planning");
  });

  it("offers no suggestion for nonsense", async () => {
    expect((await answerCase(engine, { q: "zzqxv" })).suggestions).toEqual([]);
  });
});
