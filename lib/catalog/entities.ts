import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { tableOf, type Row } from "@/lib/db/table-access";
import type { EntityType } from "@/lib/schemas/entity-types";
import { ENTITIES, type DelegateOf } from "@/lib/schemas/registry";
import { PUBLISHED } from "./visibility";

/** A row of an entity's table, typed by Prisma. */
export type RowOf<T extends EntityType> = Prisma.TypeMap["model"][Capitalize<DelegateOf<T>>]["payload"]["scalars"];

async function loadPublished(type: EntityType): Promise<Row[]> {
  return tableOf(db, ENTITIES[type].delegate).findMany({ where: PUBLISHED, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

const cachedPublished = cachedByArgs("entities.listPublished", loadPublished);

/**
 * Every published entry of a table entity, in position order (lib/schemas/registry.ts names its table). Cached until
 * the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
 */
export function listPublished<T extends EntityType>(type: T): Promise<Array<RowOf<T>>> {
  return cachedPublished(type) as unknown as Promise<Array<RowOf<T>>>;
}
