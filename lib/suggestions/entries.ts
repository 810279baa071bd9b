import "server-only";
import type { Entry } from "@/lib/editing/adapter";
import { withAdapter } from "@/lib/editing/adapter-registry";
import type { EntryValues } from "@/lib/editing/types";
import { db } from "@/lib/db/client";
import type { EntityType } from "@/lib/schemas/entity-types";
import type { RelationOption } from "@/lib/editing/relation-options";
import { PUBLISHED } from "@/lib/catalog/visibility";

/** A published, live entry by slug (what a reader can see and suggest an edit to), or null. */
export async function publicEntry(type: EntityType, slug: string): Promise<Entry<EntryValues> | null> {
  const all = await withAdapter(type, (adapter) => adapter.list(db, false) as Promise<Array<Entry<EntryValues>>>);
  return all.find((e) => e.slug === slug && e.status === "published" && e.deletedAt === null) ?? null;
}

export async function entryById(type: EntityType, id: number): Promise<Entry<EntryValues> | null> {
  return withAdapter(type, (adapter) => adapter.load(db, id) as Promise<Entry<EntryValues> | null>);
}

/** The values of one version of an entry, from its revision snapshot (every version has one since the seed). */
export async function valuesAtVersion(type: EntityType, id: number, version: number): Promise<EntryValues | null> {
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: type, entityId: id, version } },
    select: { snapshot: true },
  });
  if (!revision) return null;
  try {
    return JSON.parse(revision.snapshot) as EntryValues;
  } catch {
    return null;
  }
}

export interface PublicOptions {
  domain: RelationOption[];
  technique: RelationOption[];
  mechanism: RelationOption[];
  challenge: RelationOption[];
}

const NAMED = { id: true, slug: true, nameZh: true, nameEn: true, status: true } as const;
const ORDER = [{ position: "asc" as const }, { id: "asc" as const }];

/** What the public form's pickers offer: published entries only. */
export async function publicOptions(): Promise<PublicOptions> {
  const [domain, technique, mechanism, challenge] = await Promise.all([
    db.domain.findMany({ where: PUBLISHED, select: NAMED, orderBy: ORDER }),
    db.technique.findMany({ where: PUBLISHED, select: NAMED, orderBy: ORDER }),
    db.fusionMechanism.findMany({ where: PUBLISHED, select: NAMED, orderBy: ORDER }),
    db.challenge.findMany({ where: PUBLISHED, select: NAMED, orderBy: ORDER }),
  ]);
  return { domain, technique, mechanism, challenge };
}
