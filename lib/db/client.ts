import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, providerOf, sqlitePath } from "@/config/database.mjs";
import { PrismaClient } from "./generated/client";

/** Busy timeout: concurrent writers wait this long for the SQLite lock instead of failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (providerOf(url) !== "sqlite") {
    throw new Error("This build's Prisma client targets SQLite; rebuild for PostgreSQL (npm start does this).");
  }
  const adapter = new PrismaBetterSQLite3({ url: `file:${sqlitePath(url)}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

// One client per process, kept on globalThis so dev-mode module reloads do not open new connections.
const globalForPrisma = globalThis as unknown as { fusionAtlasPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.fusionAtlasPrisma ?? createClient();
globalForPrisma.fusionAtlasPrisma = db;
