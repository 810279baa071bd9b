import type { MetadataRoute } from "next";
import { locales } from "@/i18n/routing";
import { sitemapEntries } from "@/lib/catalog/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

const STATIC_PATHS = ["", "/domains", "/techniques", "/fusion", "/challenges", "/resources", "/faq", "/about", "/article", "/lab", "/explore", "/fusion-map"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
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
