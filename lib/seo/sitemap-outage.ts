// /sitemap.xml while the primary database is unreachable (issue 21's rule for every answer: never a 500). A sitemap
// built from the catalog is remembered; when building one fails because the database is away, the last good one is
// served, marked stale like every page served from the last known catalog version; with none yet (a fresh instance),
// the answer is a 503 with Retry-After, which crawlers read as "come back later". Any other error is thrown as before.
// No database here: the catalog read and the staleness check are passed in (lib/seo/sitemap-response.ts binds them).
import type { MetadataRoute } from "next";
import { resolveSitemap } from "next/dist/build/webpack/loaders/metadata/resolve-route-data";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { STALE_HEADER, STALE_VALUE } from "@/lib/http/outage-page";

/** As Next.js answers a metadata route's sitemap (next-metadata-route-loader): the same XML and the same headers. */
const SITEMAP_HEADERS = { "Content-Type": "application/xml", "Cache-Control": "public, max-age=0, must-revalidate" };

export interface SitemapResponder {
  respond(build: () => Promise<MetadataRoute.Sitemap>): Promise<Response>;
}

export function createSitemapResponder(options: {
  /** True while this instance answers from the last known catalog version (the primary cannot be read). */
  isStale: () => boolean;
}): SitemapResponder {
  let lastGood: string | null = null;
  return {
    async respond(build) {
      let xml: string;
      try {
        xml = resolveSitemap(await build());
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        if (lastGood !== null) return new Response(lastGood, { headers: { ...SITEMAP_HEADERS, [STALE_HEADER]: STALE_VALUE } });
        return new Response("The sitemap cannot be built right now: the database is unreachable. Try again in a few seconds.", {
          status: 503,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store", [STALE_HEADER]: STALE_VALUE },
        });
      }
      lastGood = xml;
      return new Response(xml, { headers: { ...SITEMAP_HEADERS, ...(options.isStale() ? { [STALE_HEADER]: STALE_VALUE } : {}) } });
    },
  };
}
