// The driver adapter for a DATABASE_URL. Shared by the app's client (lib/db/client.ts) and the scripts (seed,
// benchmarks), so that they all open the database the same way.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerOf, sqlitePath } from "../../config/database.mjs";
import { SerialPgClient } from "./serial-pg-client";
import { splitReads } from "./sqlite-read-split";

/** Busy timeout: concurrent SQLite writers wait this long for the lock instead of failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** Extra pg pool settings (timeouts) for a PostgreSQL connection; ignored for SQLite. */
type PgPoolSettings = { connectionTimeoutMillis?: number; statement_timeout?: number; query_timeout?: number };

export function createAdapter(url: string, options: { poolSize?: number; pool?: PgPoolSettings } = {}): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === "postgresql") {
    // SerialPgClient: a transaction's queries one after another (pg 8.23's concurrent-query deprecation).
    return new PrismaPg({ connectionString: url, max: options.poolSize ?? 10, idleTimeoutMillis: 30_000, Client: SerialPgClient, ...options.pool });
  }
  const file = `file:${sqlitePath(url)}`;
  // Two connections: reads outside transactions never wait for (nor see into) an open write transaction.
  return splitReads(
    new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
  );
}
