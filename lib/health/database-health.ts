import "server-only";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf, schemaPaths } from "@/config/database.mjs";
import { catalogVersion, catalogVersionStatus } from "@/lib/cache/version";
import { db, primaryState, replicaStates, reportReplicaProbe } from "@/lib/db/client";
import { shortError } from "@/lib/db/unavailable";

/** Names of the committed migrations for the active provider. */
function expectedMigrations(): string[] {
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), schemaPaths(providerOf(databaseUrl())).migrations);
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

export interface ReplicaHealthReport {
  name: string;
  status: "up" | "down";
  /** Seconds the replica's replay is behind (0 when it has replayed all it received); null when unknown. */
  lagSeconds: number | null;
  /** Reads this instance sent to it since start. */
  reads: number;
  error?: string;
}

export interface DatabaseHealth {
  ok: boolean;
  database: "up" | "down";
  migrations: "current" | "pending" | "unknown";
  pending?: string[];
  primary: { name: string; status: "up" | "down"; error?: string };
  replicas: ReplicaHealthReport[];
  /** The catalog version this instance serves, and how long ago it was read from the primary. */
  catalogVersion: { version: number | null; ageMs: number | null; stale: boolean };
}

// Lag as the replica sees it: nothing to replay means no lag, whatever the time since the last commit.
const LAG_SQL =
  "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0::float8 " +
  "ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 END AS lag";

async function replicaReports(): Promise<ReplicaHealthReport[]> {
  return Promise.all(
    replicaStates().map(async ({ label, client, state }, index): Promise<ReplicaHealthReport> => {
      try {
        const rows = await client.$queryRawUnsafe<Array<{ lag: number | null }>>(LAG_SQL);
        reportReplicaProbe(index, true, null);
        const lag = rows[0]?.lag;
        return { name: label, status: "up", lagSeconds: lag === null || lag === undefined ? null : Math.round(Number(lag) * 1000) / 1000, reads: state.reads };
      } catch (error) {
        reportReplicaProbe(index, false, shortError(error));
        return { name: label, status: "down", lagSeconds: null, reads: state.reads, error: shortError(error) };
      }
    }),
  );
}

async function primaryMigrations(): Promise<Pick<DatabaseHealth, "ok" | "database" | "migrations" | "pending"> & { error?: string }> {
  try {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const expected = expectedMigrations();
    if (expected.length === 0) return { ok: true, database: "up", migrations: "unknown" };
    const pending = expected.filter((m) => !applied.has(m));
    return pending.length === 0 ? { ok: true, database: "up", migrations: "current" } : { ok: false, database: "up", migrations: "pending", pending };
  } catch (error) {
    return { ok: false, database: "down", migrations: "unknown", error: shortError(error) };
  }
}

/**
 * For load balancers (issue 21): `ok` (and a 200) only when this instance can serve reads: its primary answers and
 * its migrations are current. A replica that is down does not make the instance unhealthy (its reads go elsewhere);
 * it is reported, with each replica's replay lag, and the age of the catalog version this instance serves.
 */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const [primary, replicas] = await Promise.all([primaryMigrations(), replicaReports()]);
  try {
    await catalogVersion();
  } catch {
    // reported below as an unknown version
  }
  const version = catalogVersionStatus();
  const { error, ...summary } = primary;
  return {
    ...summary,
    primary: { name: primaryState().label, status: primary.database, ...(error ? { error } : {}) },
    replicas,
    catalogVersion: { version: version.version, ageMs: version.okAt === null ? null : Math.max(0, Date.now() - version.okAt), stale: version.stale },
  };
}
