import "server-only";
import { databaseUrl, providerOf } from "@/config/database.mjs";
import { createAdapter } from "./adapter";
import { PrismaClient } from "./generated/client";
import { createReplicaRouter, type ReplicaRouter, type ReplicaState } from "./replica-router";
import { databaseLabel, PRIMARY_POOL, REPLICA_POOL, replicaUrlsFromEnv } from "./replicas";
import { resilient } from "./resilient-adapter";
import { shortError } from "./unavailable";

/** What this instance saw of its primary lately: set by every statement's outcome (lib/db/resilient-adapter.ts). */
export interface PrimaryState {
  label: string;
  up: boolean;
  /** When it was first seen failing in this outage (ms), or null. */
  downSince: number | null;
  lastError: string | null;
}

// One set of clients per process, kept on globalThis so dev-mode module reloads do not open new connections.
// The generated client matches the provider this build was made for (npm start regenerates when it changes).
interface Clients {
  db: PrismaClient;
  primary: PrimaryState;
  replicas: Array<{ label: string; client: PrismaClient }>;
  router: ReplicaRouter<PrismaClient>;
}

const globalForPrisma = globalThis as unknown as { fusionAtlasClients?: Clients };

function createClients(): Clients {
  const url = databaseUrl();
  const primary: PrimaryState = { label: databaseLabel(url), up: true, downSince: null, lastError: null };
  if (providerOf(url) === "sqlite") {
    // SQLite: one file, no replicas, no retries (nothing here changes its behaviour).
    const db = new PrismaClient({ adapter: createAdapter(url) });
    primary.label = "sqlite";
    return { db, primary, replicas: [], router: createReplicaRouter({ primary: db, replicas: [], probe: async () => undefined }) };
  }
  const db = new PrismaClient({
    adapter: resilient(createAdapter(url, { pool: PRIMARY_POOL }), {
      ok: () => {
        primary.up = true;
        primary.downSince = null;
        primary.lastError = null;
      },
      unavailable: (error) => {
        if (primary.up) primary.downSince = Date.now();
        primary.up = false;
        primary.lastError = shortError(error);
      },
    }),
  });
  const replicaUrls = replicaUrlsFromEnv({ DATABASE_REPLICA_URLS: process.env.DATABASE_REPLICA_URLS }, url);
  const replicas = replicaUrls.map((u) => ({ label: databaseLabel(u), client: new PrismaClient({ adapter: resilient(createAdapter(u, { pool: REPLICA_POOL })) }) }));
  const router = createReplicaRouter({
    primary: db,
    replicas: replicas.map((r) => r.client),
    probe: (client) => client.$queryRawUnsafe("SELECT 1"),
    versionOf: async (client) => {
      const rows = await client.$queryRawUnsafe<Array<{ version: number | bigint }>>('SELECT "version" FROM "CatalogState" WHERE "id" = 1');
      return Number(rows[0]?.version ?? 0);
    },
    onDown: (index, error) => console.warn(`[db] replica ${replicas[index]?.label ?? index + 1} failed (${error}); its reads go elsewhere for a few seconds`),
  });
  return { db, primary, replicas, router };
}

const clients = globalForPrisma.fusionAtlasClients ?? createClients();
globalForPrisma.fusionAtlasClients = clients;

/** The primary: every write, and every read that must see this request's writes (admin, auth, health). */
export const db: PrismaClient = clients.db;

/**
 * A public catalog read: on a healthy read replica when DATABASE_REPLICA_URLS lists any (rotating over them; with
 * `minVersion`, only one that has reached that catalog version), else, or when none can answer, on the primary.
 * Replicas lag a little, so never use it for a read that follows a write in the same request.
 */
export function routedRead<T>(read: (client: PrismaClient) => Promise<T>, options?: { minVersion?: number }): Promise<T> {
  return clients.router.read((client) => read(client), options);
}

/** Whether reads can go to replicas at all. */
export const hasReplicas = clients.replicas.length > 0;

/** The primary as this instance last saw it. */
export function primaryState(): PrimaryState {
  return { ...clients.primary };
}

/** Each replica: its label, its client (for /api/health's probe) and its health as the router sees it. */
export function replicaStates(): Array<{ label: string; client: PrismaClient; state: ReplicaState }> {
  const snapshot = clients.router.health.snapshot();
  return clients.replicas.map((r, i) => ({ label: r.label, client: r.client, state: snapshot[i] as ReplicaState }));
}

/** After /api/health probed a replica itself: the router learns the outcome. */
export function reportReplicaProbe(index: number, ok: boolean, error: string | null): void {
  if (ok) clients.router.health.probed(index, true, null, Date.now());
  else clients.router.health.failed(index, error ?? "probe failed", Date.now());
}
