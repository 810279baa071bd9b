// The explorer engine bound to the app's database client. Everything else in this folder is plain code that takes a
// client as a parameter (the benchmark constructs its own). With read replicas, a cache miss is filled on a healthy
// replica that has caught up with the catalog version the cache is filling for (rotating over them; lib/db/client.ts
// `routedRead`), else on the primary.
import "server-only";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { db, hasReplicas, routedRead } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { cachedEngine } from "@/lib/cache/cached-engine";
import { backendFor } from "./backends";
import { createExploreEngine, type ExploreEngine } from "./engine";

const provider = providerOf(databaseUrl());
const engines = new Map<PrismaClient, ExploreEngine>();
const engineOn = (client: PrismaClient): ExploreEngine => {
  let engine = engines.get(client);
  if (!engine) engines.set(client, (engine = createExploreEngine(backendFor(client, provider))));
  return engine;
};

export const explorer = hasReplicas
  ? cachedEngine(engineOn(db), (version, run) => routedRead((client) => run(engineOn(client)), { minVersion: version }))
  : cachedEngine(engineOn(db));
export { ExploreInputError, type ExploreResult } from "./engine";
