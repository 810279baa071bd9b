// GET /api/v1/fusion-map: domain × technique and domain × challenge counts of published use cases.
import type { NextRequest } from "next/server";
import { apiRef } from "@/lib/api/dto";
import { handleApi, jsonResponse, preflightResponse } from "@/lib/api/http";
import { localeParam } from "@/lib/api/params";
import { explorer } from "@/lib/catalog/explore";
import { entityHref, type EntityKind } from "@/lib/links/entity-href";
import { publicUrl } from "@/lib/seo/public-url";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return handleApi(async () => {
    const locale = localeParam(request.nextUrl.searchParams);
    const map = await explorer.fusionMap(locale);
    // Each entity carries its public page (`url`), as every other API item does.
    const withUrl = (kind: EntityKind) => (ref: Parameters<typeof apiRef>[0]) => ({ ...apiRef(ref), url: publicUrl(locale, entityHref(kind, ref.slug)) });
    return jsonResponse({
      domains: map.domains.map(withUrl("domain")),
      techniques: map.techniques.map(withUrl("technique")),
      challenges: map.challenges.map(withUrl("challenge")),
      techniqueCells: map.techniqueCells,
      challengeCells: map.challengeCells,
    });
  });
}

export function OPTIONS() {
  return preflightResponse();
}
