import "server-only";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf, schemaPaths } from "@/config/database.mjs";
import { db } from "@/lib/db/client";

/** Names of the committed migrations for the active provider. */
function expectedMigrations(): string[] {
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), schemaPaths(providerOf(databaseUrl())).migrations);
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

export async function databaseHealth(): Promise<{ ok: boolean; database: "up" | "down"; migrations: "current" | "pending" | "unknown"; pending?: string[] }> {
  try {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const expected = expectedMigrations();
    if (expected.length === 0) return { ok: true, database: "up", migrations: "unknown" };
    const pending = expected.filter((m) => !applied.has(m));
    return pending.length === 0 ? { ok: true, database: "up", migrations: "current" } : { ok: false, database: "up", migrations: "pending", pending };
  } catch {
    return { ok: false, database: "down", migrations: "unknown" };
  }
}
