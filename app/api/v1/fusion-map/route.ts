// GET /api/v1/fusion-map: domain × technique and domain × challenge counts of published use cases.
import type { NextRequest } from "next/server";
import { apiRef } from "@/lib/api/dto";
import { handleApi, jsonResponse, preflightResponse } from "@/lib/api/http";
import { localeParam } from "@/lib/api/params";
import { explorer } from "@/lib/catalog/explore";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleApi(async () => {
    const map = await explorer.fusionMap(localeParam(request.nextUrl.searchParams));
    return jsonResponse({
      domains: map.domains.map(apiRef),
      techniques: map.techniques.map(apiRef),
      challenges: map.challenges.map(apiRef),
      techniqueCells: map.techniqueCells,
      challengeCells: map.challengeCells,
    });
  });
}

export function OPTIONS() {
  return preflightResponse();
}
