// A throwaway database with the committed migrations applied, for tests that need real rows.
// SQLite by default (a temp file). When TEST_PG_URL is set (npm test's PostgreSQL phase), a fresh PostgreSQL
// database is created on that server instead, from the PostgreSQL migrations.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createAdapter } from "../lib/db/adapter";
import { PrismaClient } from "../lib/db/generated/client";

const ROOT = path.resolve(__dirname, "..");

export type TestProvider = "sqlite" | "postgresql";
export const testProvider: TestProvider = process.env.TEST_PG_URL ? "postgresql" : "sqlite";

export function migrationFiles(provider: TestProvider = testProvider): string[] {
  const dir = path.join(ROOT, "prisma", ...(provider === "postgresql" ? ["postgres", "migrations"] : ["migrations"]));
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(dir, d.name, "migration.sql"))
    .sort();
}

export interface ScratchDb {
  db: PrismaClient;
  url: string;
  provider: TestProvider;
  /** The SQLite file (SQLite only). */
  file?: string;
  cleanup: () => Promise<void>;
}

export async function createScratchDb(): Promise<ScratchDb> {
  return testProvider === "postgresql" ? createPgScratch(process.env.TEST_PG_URL as string) : createSqliteScratch();
}

async function createSqliteScratch(): Promise<ScratchDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const migration of migrationFiles("sqlite")) raw.exec(fs.readFileSync(migration, "utf8"));
  raw.pragma("journal_mode = WAL");
  raw.close();
  const url = `file:${file}`;
  const db = new PrismaClient({ adapter: createAdapter(url) });
  return {
    db,
    url,
    file,
    provider: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPgScratch(serverUrl: string): Promise<ScratchDb> {
  const name = `scratch_${crypto.randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  for (const migration of migrationFiles("postgresql")) await setup.query(fs.readFileSync(migration, "utf8"));
  await setup.end();
  const db = new PrismaClient({ adapter: createAdapter(url, { poolSize: 4 }) });
  return {
    db,
    url,
    provider: "postgresql",
    cleanup: async () => {
      await db.$disconnect();
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await drop.end();
    },
  };
}
