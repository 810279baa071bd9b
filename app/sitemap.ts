import type { MetadataRoute } from "next";
import { locales } from "@/i18n/routing";
import { sitemapEntries } from "@/lib/catalog/sitemap";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

const STATIC_PATHS = ["", "/domains", "/techniques", "/fusion", "/challenges", "/resources", "/faq", "/about", "/article", "/lab", "/explore", "/fusion-map"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const { domains, techniques, useCases } = await sitemapEntries();
  const paths: Array<{ path: string; lastModified?: Date }> = [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...domains.map((d) => ({ path: `/domains/${d.slug}`, lastModified: d.updatedAt })),
    ...techniques.map((t) => ({ path: `/techniques/${t.slug}`, lastModified: t.updatedAt })),
    ...useCases.map((u) => ({ path: `/use-cases/${u.slug}`, lastModified: u.updatedAt })),
  ];
  return paths.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${base}/${l}${path}`])) },
    })),
  );
}
