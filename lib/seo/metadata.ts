import type { Metadata } from "next";
import { locales, type Locale } from "@/i18n/routing";
import { siteUrl } from "./site-url";

/** Title, description, canonical URL and hreflang alternates for a page that exists under every locale. */
export function pageMetadata(options: { locale: Locale; path: string; title: string; description: string }): Metadata {
  const base = siteUrl();
  const suffix = options.path === "/" ? "" : options.path;
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = `${base}/${l}${suffix}`;
  languages["x-default"] = `${base}/en${suffix}`;
  const url = `${base}/${options.locale}${suffix}`;
  return {
    title: options.title,
    description: options.description,
    alternates: { canonical: url, languages },
    openGraph: {
      title: options.title,
      description: options.description,
      url,
      siteName: options.locale === "zh" ? "跨界融合图谱" : "Fusion Atlas",
      locale: options.locale === "zh" ? "zh_CN" : "en_US",
      type: "website",
    },
  };
}
