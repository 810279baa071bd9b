import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/en/admin", "/zh/admin", "/api/"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
