// Recently added or updated published use cases, for the RSS feeds.
import "server-only";
import { catalogDb } from "@/lib/db/client";
import { PUBLISHED } from "./visibility";

export const FEED_SIZE = 30;

export async function recentUseCases(limit = FEED_SIZE) {
  return catalogDb.useCase.findMany({
    where: { ...PUBLISHED, domain: PUBLISHED },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true, version: true, titleZh: true, titleEn: true, summaryZh: true, summaryEn: true, createdAt: true, updatedAt: true,
      domain: { select: { nameZh: true, nameEn: true } },
    },
  });
}
