import type { MetadataRoute } from "next";
import { locales } from "@/i18n/routing";
import { sitemapEntries } from "@/lib/catalog/sitemap";
import { sitemapResponse } from "@/lib/seo/sitemap-response";
import { siteUrl } from "@/lib/seo/site-url";

// A route handler rather than app/sitemap.ts so that an unreachable primary is answered from the last good sitemap
// (marked stale) or with a 503 + Retry-After, never a 500 (lib/seo/sitemap-response.ts). Same XML and headers as
// Next's metadata route.
export const dynamic = "force-dynamic";

const STATIC_PATHS = ["", "/domains", "/techniques", "/fusion", "/challenges", "/resources", "/faq", "/about", "/article", "/lab", "/explore", "/fusion-map"];

async function buildSitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  // Every entity with pages of its own, from the registry (lib/catalog/sitemap.ts).
  const paths: Array<{ path: string; lastModified?: Date }> = [...STATIC_PATHS.map((path) => ({ path })), ...(await sitemapEntries())];
  return paths.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${base}/${l}${path}`])) },
    })),
  );
}

export function GET(): Promise<Response> {
  return sitemapResponse(buildSitemap);
}
