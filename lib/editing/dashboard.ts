import "server-only";
import { requireEditor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ENTITY_TYPES, type EntityType } from "@/lib/schemas/entity-types";
import { localizedPairs } from "@/lib/schemas/fields";
import { ENTITIES } from "@/lib/schemas/registry";
import { translationStatus } from "@/lib/schemas/translation";
import { withAdapter } from "./adapter-registry";

export interface EntityStats {
  type: EntityType;
  total: number;
  drafts: number;
  missingZh: number;
  missingEn: number;
  trashed: number;
}

export interface RecentRevision {
  id: number;
  entityType: string;
  entityId: number;
  version: number;
  action: string;
  authorEmail: string;
  createdAt: string;
}

/** The dashboard's figures: per entity, how many entries, drafts, missing translations and trashed ones. */
export async function dashboard(): Promise<{ stats: EntityStats[]; recent: RecentRevision[] }> {
  await requireEditor();
  const stats = await Promise.all(
    ENTITY_TYPES.map((type) =>
      withAdapter(type, async (adapter): Promise<EntityStats> => {
        const pairs = localizedPairs(ENTITIES[type].fields);
        const [live, trashed] = await Promise.all([adapter.list(db, false), adapter.list(db, true)]);
        const statuses = live.map((e) => translationStatus(e.values, pairs));
        return {
          type,
          total: live.length,
          drafts: live.filter((e) => e.status !== "published").length,
          missingZh: statuses.filter((s) => s.missingZh).length,
          missingEn: statuses.filter((s) => s.missingEn).length,
          trashed: trashed.length,
        };
      }),
    ),
  );
  const recent = await db.revision.findMany({
    // People's changes: not the seed's import (by the system author, no email) nor old databases' baselines.
    where: { action: { not: "baseline" }, authorEmail: { not: "" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 12,
    select: { id: true, entityType: true, entityId: true, version: true, action: true, authorEmail: true, createdAt: true },
  });
  return { stats, recent: recent.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}
