// The explorer engine bound to the app's database client. Everything else in this folder is plain code that takes a
// client as a parameter (the benchmark constructs its own). Its reads go to a read replica when there are any, as long
// as that replica has caught up with the catalog version the cache is filling for; else to the primary.
import "server-only";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { catalogRaw, db } from "@/lib/db/client";
import { cachedEngine } from "../cached-engine";
import { backendFor } from "./backends";
import { createExploreEngine } from "./engine";

const provider = providerOf(databaseUrl());
const onPrimary = createExploreEngine(backendFor(db, provider));

async function replicaVersion(): Promise<number> {
  const rows = await catalogRaw.$queryRawUnsafe<Array<{ version: number | bigint }>>('SELECT "version" FROM "CatalogState" WHERE "id" = 1');
  return Number(rows[0]?.version ?? 0);
}

export const explorer =
  catalogRaw === db
    ? cachedEngine(onPrimary)
    : cachedEngine(createExploreEngine(backendFor(catalogRaw, provider)), { primary: onPrimary, replicaVersion });
export { ExploreInputError, type ExploreResult } from "./engine";
