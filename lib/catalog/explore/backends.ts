// Which explorer backend serves a database: the fast SQLite one, or the portable one elsewhere (PostgreSQL today).
import { createPortableBackend } from "./portable-backend";
import type { RawQueryClient } from "./sql";
import { createSqliteBackend } from "./sqlite-backend";
import type { SearchBackend } from "./types";

export function backendFor(db: RawQueryClient, provider: "sqlite" | "postgresql"): SearchBackend {
  return provider === "sqlite" ? createSqliteBackend(db) : createPortableBackend(db, "postgresql");
}
