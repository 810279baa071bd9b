import "server-only";
import { databaseUrl } from "@/config/database.mjs";
import type { RawQueryClient } from "@/lib/catalog/explore/sql";
import { createAdapter } from "./adapter";
import { PrismaClient } from "./generated/client";
import { rawReadsOnReplica, replicaUrlsFromEnv, routeReads, type RoutedClient } from "./replicas";

// One set of clients per process, kept on globalThis so dev-mode module reloads do not open new connections.
// The generated client matches the provider this build was made for (npm start regenerates when it changes).
interface Clients {
  db: PrismaClient;
  catalogDb: PrismaClient | RoutedClient;
  catalogRaw: RawQueryClient;
}

const globalForPrisma = globalThis as unknown as { fusionAtlasClients?: Clients };

function createClients(): Clients {
  const url = databaseUrl();
  const db = new PrismaClient({ adapter: createAdapter(url) });
  const replicaUrls = replicaUrlsFromEnv({ DATABASE_REPLICA_URLS: process.env.DATABASE_REPLICA_URLS }, url);
  if (replicaUrls.length === 0) return { db, catalogDb: db, catalogRaw: db };
  const replicas = replicaUrls.map((u) => new PrismaClient({ adapter: createAdapter(u) }));
  const routed = routeReads(db, replicas);
  // The explorer keeps to one replica per process (picked at random, so instances spread the load): its cache checks
  // that replica's catalog version before trusting it (lib/catalog/cached-engine.ts), which only means something if
  // the check and the reads hit the same replica.
  const pinned = replicas[Math.floor(Math.random() * replicas.length)] as PrismaClient;
  return { db, catalogDb: routed, catalogRaw: rawReadsOnReplica(routed, pinned) };
}

const clients = globalForPrisma.fusionAtlasClients ?? createClients();
globalForPrisma.fusionAtlasClients = clients;

/** The primary: every write, and every read that must see this request's writes (admin, auth, health). */
export const db: PrismaClient = clients.db;
/**
 * Public catalog reads: a read replica when DATABASE_REPLICA_URLS lists any, else the primary. Replicas lag a little,
 * so never use it for a read that follows a write in the same request.
 */
export const catalogDb = clients.catalogDb;
/** The explorer's raw SQL, on one replica when there are any (lib/catalog/explore/index.ts); else the primary. */
export const catalogRaw: RawQueryClient = clients.catalogRaw;
