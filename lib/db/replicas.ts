// Optional read replicas (DATABASE_REPLICA_URLS), issue 21: an optimization, never a dependency. Each replica gets
// its own client with short connect and statement timeouts; reads rotate over the healthy ones, a replica that
// fails is skipped for a few seconds and re-checked in the background, and its reads go to another replica or the
// primary (lib/db/replica-router.ts). Writes, transactions, the admin, auth and health code use the primary.
import { parseReplicaUrls } from "./replicas-config.mjs";

/** The replica URLs from DATABASE_REPLICA_URLS; throws one message listing every bad entry. */
export function replicaUrlsFromEnv(env: { DATABASE_REPLICA_URLS?: string }, primaryUrl: string): string[] {
  const { urls, errors } = parseReplicaUrls(env.DATABASE_REPLICA_URLS, primaryUrl);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return urls;
}

/** Connection settings of a replica's pool: a dead or stuck replica costs a read at most this long. */
export const REPLICA_POOL = { connectionTimeoutMillis: 1_500, statement_timeout: 5_000, query_timeout: 6_000 } as const;
/** The primary's: a connection attempt to an unreachable primary gives up after this long (pg's default: never). */
export const PRIMARY_POOL = { connectionTimeoutMillis: 5_000 } as const;

/** A database URL as it may be shown (health, logs): host, port and database, never user or password. */
export function databaseLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "database";
  }
}
