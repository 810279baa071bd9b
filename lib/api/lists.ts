// GET /api/v1/domains|techniques|mechanisms|challenges: every published entity of the kind, with the number of
// published use cases that reference it, its source and basis (article when the source is a §), and its aliases
// (requested locale first). Not paginated.
import type { NextRequest } from "next/server";
import { explorer } from "@/lib/catalog/explore";
import { pick } from "@/lib/i18n/localize";
import { entityHref } from "@/lib/links/entity-href";
import { basisOfSource } from "@/lib/provenance/basis";
import { publicUrl } from "@/lib/seo/public-url";
import type { EntityFacet } from "@/lib/schemas/explore-query";
import { fallbackFlag } from "./dto";
import { handleApi, jsonResponse } from "./http";
import { localeParam } from "./params";

export function listHandler(facet: EntityFacet) {
  return async function GET(request: NextRequest): Promise<Response> {
    return handleApi(async () => {
      const locale = localeParam(request.nextUrl.searchParams);
      const { facets, vocabulary } = await explorer.overview(locale);
      const counts = new Map(facets[facet].map((f) => [f.slug, f.count]));
      return jsonResponse({
        items: vocabulary[facet].map((e) => {
          const name = pick(e.nameZh, e.nameEn, locale);
          const summary = pick(e.summaryZh, e.summaryEn, locale);
          return {
            slug: e.slug,
            name: name.text,
            count: counts.get(e.slug) ?? 0,
            source: e.source,
            basis: basisOfSource(e.source),
            summary: summary.text,
            aliases: locale === "zh" ? [...e.aliasesZh, ...e.aliasesEn] : [...e.aliasesEn, ...e.aliasesZh],
            url: publicUrl(locale, entityHref(facet, e.slug)),
            ...(facet === "technique" ? { category: e.category } : {}),
            ...fallbackFlag(name, summary),
          };
        }),
      });
    });
  };
}
