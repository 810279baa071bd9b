// Runs one search case of bench/search-cases.ts through the engine: what the query returns or, when it returns nothing,
// what its first "did you mean" suggestion returns. Shared by the unit test and bench:search.
import { parseExploreQuery } from "@/lib/schemas/explore-query";
import type { ExploreEngine } from "./engine";

export interface CaseAnswer {
  total: number;
  suggestions: string[];
  /** The slugs the query (or its first suggestion) returns. */
  slugs: string[];
}

export async function answerCase(engine: ExploreEngine, c: { q: string; locale?: "en" | "zh" }): Promise<CaseAnswer> {
  const run = async (q: string) => {
    const parsed = parseExploreQuery(new URLSearchParams({ q, locale: c.locale ?? "en", pageSize: "100" }));
    if (!parsed.ok) throw new Error(`${q}: ${parsed.error.message}`);
    return { query: parsed.query, result: await engine.explore(parsed.query) };
  };
  const { query, result } = await run(c.q);
  if (result.total > 0) return { total: result.total, suggestions: [], slugs: result.items.map((i) => i.slug) };
  const suggestions = await engine.suggest(query);
  const first = suggestions[0];
  return { total: 0, suggestions, slugs: first === undefined ? [] : (await run(first)).result.items.map((i) => i.slug) };
}
