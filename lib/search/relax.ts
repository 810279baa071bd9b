// The explorer's empty state: the queries that leave out one criterion, the search or one filter value,
// so the page can say how many use cases each would show and link to it. Pure.
import { FACETS, type ExploreQuery, type Facet } from "@/lib/schemas/explore-query";

export type QueryRelaxation =
  | { kind: "search"; q: string; query: ExploreQuery }
  | { kind: "filter"; facet: Facet; value: string; query: ExploreQuery };

export function relaxations(query: ExploreQuery): QueryRelaxation[] {
  const out: QueryRelaxation[] = [];
  const base = { ...query, page: 1 };
  if (query.q !== "") out.push({ kind: "search", q: query.q, query: { ...base, q: "", sort: query.sort === "relevance" ? "title" : query.sort } });
  for (const facet of FACETS) {
    for (const value of query.filters[facet]) {
      out.push({ kind: "filter", facet, value, query: { ...base, filters: { ...query.filters, [facet]: query.filters[facet].filter((v) => v !== value) } } });
    }
  }
  return out;
}
