// Recently added or updated published use cases, for the RSS feeds. Cached per catalog version, and read from a
// replica only once that replica has reached the version being cached (the catalog-version rule), else the primary.
import "server-only";
import { routedRead } from "@/lib/db/client";
import { cachedCatalogRead } from "@/lib/cache/cached";
import { PUBLISHED } from "./visibility";

export const FEED_SIZE = 30;

export async function recentUseCases(limit = FEED_SIZE) {
  return cachedCatalogRead(`feed.recent:${limit}`, (version) =>
    routedRead(
      (client) =>
        client.useCase.findMany({
          where: { ...PUBLISHED, domain: PUBLISHED },
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
          take: limit,
          select: {
            slug: true, version: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, createdAt: true, updatedAt: true,
            domain: { select: { nameZh: true, nameEn: true } },
          },
        }),
      { minVersion: version },
    ),
  );
}
