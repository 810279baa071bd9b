// GET /api/v1/use-cases/{slug}: the list's item plus its markdown body, its editorial paragraphs, the editor's notes and related use cases in
// other domains.
import type { NextRequest } from "next/server";
import { apiRef, apiUseCase, fallbackFlag } from "@/lib/api/dto";
import { ApiError, handleApi, jsonResponse, preflightResponse } from "@/lib/api/http";
import { localeParam } from "@/lib/api/params";
import { explorer } from "@/lib/catalog/explore";
import { getUseCase } from "@/lib/catalog/use-cases";
import { pick } from "@/lib/i18n/localize";
import { publicUrl } from "@/lib/seo/public-url";

export const dynamic = "force-dynamic";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  return handleApi(async () => {
    const locale = localeParam(request.nextUrl.searchParams);
    const { slug } = await context.params;
    const data = SLUG.test(slug) && slug.length <= 100 ? await getUseCase(slug) : null;
    if (!data) throw new ApiError(404, "slug", `No published use case "${slug.slice(0, 100)}".`);
    const [view] = await explorer.items([data.useCase.id], locale);
    if (!view) throw new ApiError(404, "slug", `No published use case "${slug.slice(0, 100)}".`);
    const body = pick(data.useCase.bodyZh, data.useCase.bodyEn, locale);
    const editorial = pick(data.useCase.editorialZh, data.useCase.editorialEn, locale);
    const item = apiUseCase(view, locale);
    return jsonResponse({
      ...item,
      body: body.text,
      // What we wrote beside the article, stored apart so clients can mark it (issue 13).
      editorial: editorial.text,
      notes: data.notes.map((n) => {
        const title = pick(n.titleZh, n.titleEn, locale);
        const noteBody = pick(n.bodyZh, n.bodyEn, locale);
        return { slug: n.slug, title: title.text, body: noteBody.text, source: n.source, ...fallbackFlag(title, noteBody) };
      }),
      resources: data.useCase.resources.map(({ resource: r, basis }) => {
        const name = pick(r.nameZh, r.nameEn, locale);
        return { slug: r.slug, name: name.text, basis: basis === "article" ? "article" : "editorial", ...fallbackFlag(name) };
      }),
      related: data.related.map(({ useCase: r, shared }) => {
        const title = pick(r.titleZh, r.titleEn, locale);
        const summary = pick(r.summaryZh, r.summaryEn, locale);
        return {
          slug: r.slug,
          title: title.text,
          summary: summary.text,
          url: publicUrl(locale, `/use-cases/${encodeURIComponent(r.slug)}`),
          domain: apiRef({ slug: r.domain.slug, name: pick(r.domain.nameZh, r.domain.nameEn, locale) }),
          sharedTechniques: shared.map((t) => apiRef({ slug: t.slug, name: pick(t.nameZh, t.nameEn, locale) })),
          ...fallbackFlag(title, summary),
        };
      }),
      ...(item.fallback || body.fallback || editorial.fallback ? { fallback: true } : {}),
    });
  });
}

export function OPTIONS() {
  return preflightResponse();
}
