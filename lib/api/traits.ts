// GET /api/v1/traits: §1.2's traits of large models, every published one. Traits have no use cases, so no `count`
// (DESIGN.md: "traits have none"); `aliases` is always empty; `url` is the trait's card on About.
import type { NextRequest } from "next/server";
import { listTraits } from "@/lib/catalog/pages";
import { pick } from "@/lib/i18n/localize";
import { siteUrl } from "@/lib/seo/site-url";
import { fallbackFlag } from "./dto";
import { handleApi, jsonResponse } from "./http";
import { localeParam } from "./params";

export async function listTraitsResponse(request: NextRequest): Promise<Response> {
  return handleApi(async () => {
    const locale = localeParam(request.nextUrl.searchParams);
    const traits = await listTraits();
    return jsonResponse({
      items: traits.map((t) => {
        const name = pick(t.nameZh, t.nameEn, locale);
        const summary = pick(t.summaryZh, t.summaryEn, locale);
        return {
          slug: t.slug,
          name: name.text,
          summary: summary.text,
          source: t.source,
          basis: t.basis === "editorial" ? "editorial" : "article",
          aliases: [],
          url: `${siteUrl()}/${locale}/about#trait-${t.slug}`,
          ...fallbackFlag(name, summary),
        };
      }),
    });
  });
}
