// A bench's PostgreSQL phase in one place: a private cluster (scripts/lib/pg-cluster.mjs), the worktree's Prisma
// client generated for PostgreSQL while the phase runs, and afterwards, whatever happened, the cluster stopped, the
// environment as it was and the SQLite client back. `postgresServer` is the lighter form for benches that only need
// a server to make databases in (PG_URL, or a private cluster).
import { ensureClient } from "../../scripts/lib/build.mjs";
import { startPgCluster } from "../../scripts/lib/pg-cluster.mjs";

export type PgCluster = NonNullable<Awaited<ReturnType<typeof startPgCluster>>>;

/**
 * Runs `phase` against a private cluster with the given databases; DATABASE_URL names the first (or `postgres`) and
 * the client is PostgreSQL's meanwhile. Returns null, running nothing, where PostgreSQL cannot be had here.
 */
export async function withPostgres<T>(options: { databases?: string[] }, phase: (cluster: PgCluster) => Promise<T>): Promise<T | null> {
  const databases = options.databases ?? [];
  const cluster = await startPgCluster({ databases });
  if (!cluster) return null;
  const previous = { DATABASE_URL: process.env.DATABASE_URL, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR };
  try {
    process.env.DATABASE_URL = cluster.url(databases[0] ?? "postgres");
    ensureClient("postgresql", { force: true });
    return await phase(cluster);
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    ensureClient("sqlite", { force: true });
    cluster.stop();
  }
}

/** A PostgreSQL server URL to make databases in: PG_URL if set, else a private cluster's (stopped by `stop`). */
export async function postgresServer(): Promise<{ url: string; stop: () => void }> {
  if (process.env.PG_URL) return { url: process.env.PG_URL, stop: () => undefined };
  const cluster = await startPgCluster({ databases: [] });
  if (!cluster) throw new Error("PostgreSQL is not available here (no server binaries, and PG_URL is unset)");
  return { url: cluster.url("postgres"), stop: () => cluster.stop() };
}
