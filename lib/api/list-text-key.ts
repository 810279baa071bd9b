import type { ExploreQuery } from "@/lib/schemas/explore-query";

/** The key of `GET /api/v1/use-cases`'s JSON text in the catalog text cache (the route handler and the request lane). */
export function listTextKeyOfUseCases(query: ExploreQuery): string {
  return `api.use-cases:${JSON.stringify(query)}`;
}
