import "server-only";
import type { MetadataRoute } from "next";
import { catalogVersionStatus } from "@/lib/cache/version";
import { createSitemapResponder, type SitemapResponder } from "./sitemap-outage";

// One per process (on globalThis: the last good sitemap must outlive a re-imported bundle).
const responder: SitemapResponder = ((globalThis as { fusionAtlasSitemap?: SitemapResponder }).fusionAtlasSitemap ??= createSitemapResponder({
  isStale: () => catalogVersionStatus().error !== null,
}));

/**
 * The answer to GET /sitemap.xml: the sitemap `build` makes (Next.js's own XML and headers), or while the primary is
 * unreachable the last good one marked `x-fusion-atlas-stale`, or a 503 with Retry-After; never a 500 for an outage.
 * For a route handler `app/sitemap.xml/route.ts`: `export const GET = () => sitemapResponse(buildSitemap)`.
 */
export function sitemapResponse(build: () => Promise<MetadataRoute.Sitemap>): Promise<Response> {
  return responder.respond(build);
}
