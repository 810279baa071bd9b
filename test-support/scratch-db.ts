// A throwaway SQLite database with the committed migrations applied, for tests that need real rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/db/generated/client";

const MIGRATIONS = path.resolve(__dirname, "..", "prisma", "migrations");

export function migrationFiles(): string[] {
  return fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(MIGRATIONS, d.name, "migration.sql"))
    .sort();
}

export async function createScratchDb(): Promise<{ db: PrismaClient; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const migration of migrationFiles()) raw.exec(fs.readFileSync(migration, "utf8"));
  raw.pragma("journal_mode = WAL");
  raw.close();
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 }) });
  return {
    db,
    file,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
