import "server-only";
import { cachedByArgs } from "./cached";
import type { ExploreEngine } from "./explore/engine";

/**
 * The explorer engine with its reads cached per argument list until the catalog version moves: the explorer page,
 * the API and the feed ask the same questions again and again (a response cache keyed on the normalized query, as
 * DESIGN.md allows). Errors (unknown slugs) are never cached.
 */
export function cachedEngine(engine: ExploreEngine): ExploreEngine {
  return {
    ...engine,
    vocabulary: cachedByArgs("explore.vocabulary", engine.vocabulary),
    explore: cachedByArgs("explore.explore", engine.explore),
    items: cachedByArgs("explore.items", engine.items),
    overview: cachedByArgs("explore.overview", engine.overview),
    fusionMap: cachedByArgs("explore.fusionMap", engine.fusionMap),
    exportAll: cachedByArgs("explore.exportAll", engine.exportAll),
  };
}
