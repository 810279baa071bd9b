// GET /api/v1/use-cases: the explorer's query as JSON (one page, with facets), the whole filtered set as a JSON array
// (all=1), or as CSV (format=csv). A search that finds nothing carries `suggestions` ("did you mean").
import type { NextRequest } from "next/server";
import { apiFacets, apiUseCase } from "@/lib/api/dto";
import { ApiError, handleApi, preflightResponse, textResponse } from "@/lib/api/http";
import { listTextKeyOfUseCases } from "@/lib/api/list-text-key";
import { cachedCatalogText } from "@/lib/cache/cached";
import { explorer } from "@/lib/catalog/explore";
import { CSV_CONTENT_TYPE } from "@/lib/export/csv";
import { exportFileName, csvOfUseCases, jsonOfUseCases } from "@/lib/export/use-cases";
import { parseExploreQuery } from "@/lib/schemas/explore-query";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleApi(async () => {
    const parsed = parseExploreQuery(request.nextUrl.searchParams);
    if (!parsed.ok) throw ApiError.badParam(parsed.error);
    const query = parsed.query;
    if (query.format === "csv") {
      const items = (await explorer.exportAll(query)).map((view) => apiUseCase(view, query.locale));
      return textResponse(csvOfUseCases(items), CSV_CONTENT_TYPE, {
        "Content-Disposition": `attachment; filename="${exportFileName("csv", new Date())}"`,
      });
    }
    if (query.all) {
      const items = (await explorer.exportAll(query)).map((view) => apiUseCase(view, query.locale));
      return textResponse(jsonOfUseCases(items), "application/json; charset=utf-8");
    }
    // The answer's JSON text, kept per query until the catalog version moves, as the engine's result is (mapping and
    // serializing a page of 24 use cases cost more than the cached engine's lookup; bench:throughput), in a cache of
    // its own bounded by bytes as well as by count.
    const body = await cachedCatalogText(listTextKeyOfUseCases(query), async () => {
      const result = await explorer.explore(query);
      return JSON.stringify({
        items: result.items.map((view) => apiUseCase(view, query.locale)),
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        facets: apiFacets(result.facets),
        // "Did you mean": only when the search found nothing.
        ...(result.total === 0 && result.terms.length > 0 ? { suggestions: await explorer.suggest(query) } : {}),
      });
    });
    return textResponse(body, "application/json; charset=utf-8");
  });
}

export function OPTIONS() {
  return preflightResponse();
}
