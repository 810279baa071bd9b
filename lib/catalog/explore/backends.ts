// Which explorer backend serves a database: each provider has its native one (FTS5 + bitmaps on SQLite, pg_trgm + SQL
// aggregates on PostgreSQL). ./portable-backend.ts stays as the plain-SQL reference the tests compare against.
import { createPostgresBackend } from "./postgres-backend";
import type { RawQueryClient } from "./sql";
import { createSqliteBackend } from "./sqlite-backend";
import type { SearchBackend } from "./types";

export function backendFor(db: RawQueryClient, provider: "sqlite" | "postgresql"): SearchBackend {
  return provider === "sqlite" ? createSqliteBackend(db) : createPostgresBackend(db);
}
