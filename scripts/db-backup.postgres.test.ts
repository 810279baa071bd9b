// README "Backup and restore" on PostgreSQL: `npm run db:backup` (pg_dump) of a live catalog, restored with the
// README's pg_restore command into a fresh database, gives the same catalog export, the same users, revisions
// and audit log, and the same schema (tables, search triggers, extensions). Runs in npm test's PostgreSQL phase (TEST_PG_URL).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAdapter } from "../lib/db/adapter";
import { PrismaClient } from "../lib/db/generated/client";
import { applySeed } from "../prisma/seed/apply";
import { content } from "../prisma/seed/content";
import { createScratchDb, testProvider, type ScratchDb } from "../test-support/scratch-db";
import { findPgBin } from "./lib/pg-cluster.mjs";

vi.mock("server-only", () => ({}));
const { catalogText } = await import("../lib/editing/catalog/export-catalog");
const { backup } = await import("./db-backup.mjs");

/** Everything but the catalog that a restore must bring back, table by table, in a stable order. */
const TABLES = [
  `select "id", "email", "role" from "User" order by "id"`,
  `select "entityType", "entityId", "version", "action", "snapshot" from "Revision" order by "entityType", "entityId", "version"`,
  `select "action", "entityType", "entityId", "summary" from "AuditLog" order by "id"`,
  `select "version" from "CatalogState"`,
  // The schema itself: tables of the app and of the search schema (trigger-maintained), and the extensions.
  `select "table_schema", "table_name" from information_schema.tables where "table_schema" in ('public', 'atlas_search') order by 1, 2`,
  `select "event_object_table", "trigger_name" from information_schema.triggers order by 1, 2`,
  `select "extname" from pg_extension order by 1`,
];

async function rows(url: string): Promise<unknown[][]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const all: unknown[][] = [];
    for (const sql of TABLES) all.push((await client.query(sql)).rows);
    return all;
  } finally {
    await client.end();
  }
}

describe.skipIf(testProvider !== "postgresql")("db:backup (PostgreSQL)", () => {
  let source: ScratchDb;
  let restoredUrl = "";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pg-backup-"));

  beforeAll(async () => {
    source = await createScratchDb();
    await applySeed(source.db, content);
    // Not just the seed: a user, an edit with its revision and audit entry, a soft delete, the version bump.
    const raw = new pg.Client({ connectionString: source.url });
    await raw.connect();
    try {
      await raw.query(`insert into "User" ("id", "email", "name", "role", "emailVerified", "createdAt", "updatedAt") values ('u-backup', 'backup@example.org', 'Backup', 'editor', true, now(), now())`);
      await raw.query(`update "UseCase" set "summaryEn" = 'Edited before the backup.', "version" = "version" + 1 where "slug" = 'route-planning'`);
      await raw.query(
        `insert into "Revision" ("entityType", "entityId", "version", "action", "snapshot", "authorEmail", "createdAt") select 'use-case', "id", 2, 'update', '{"summaryEn":"Edited before the backup."}', 'backup@example.org', now() from "UseCase" where "slug" = 'route-planning'`,
      );
      await raw.query(`insert into "AuditLog" ("action", "actorEmail", "entityType", "entityId", "summary", "createdAt") values ('content.update', 'backup@example.org', 'use-case', 'route-planning', 'before the backup', now())`);
      await raw.query(`update "UseCase" set "deletedAt" = now() where "slug" = 'cargo-tracking'`);
      await raw.query(`update "CatalogState" set "version" = "version" + 1 where "id" = 1`);
    } finally {
      await raw.end();
    }
  });

  afterAll(async () => {
    await source?.cleanup();
    if (restoredUrl) {
      const serverUrl = process.env.TEST_PG_URL as string;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(restoredUrl).pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("backs up with pg_dump and restores, with the README's pg_restore command, into a fresh database identical in content", async () => {
    const out = path.join(dir, "atlas.pgdump");
    await backup(source.url, out);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);

    const name = `restored_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL as string });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(source.url);
    u.pathname = `/${name}`;
    restoredUrl = u.toString();

    const bin = findPgBin();
    const restore = spawnSync(bin ? path.join(bin, "pg_restore") : "pg_restore", ["--clean", "--if-exists", "--no-owner", "-d", restoredUrl, out], { encoding: "utf8" });
    expect(restore.status, restore.stderr).toBe(0);

    const restored = new PrismaClient({ adapter: createAdapter(restoredUrl, { poolSize: 2 }) });
    try {
      const before = await catalogText(source.db);
      const after = await catalogText(restored);
      expect(before).toContain("Edited before the backup.");
      expect(after).toBe(before);
    } finally {
      await restored.$disconnect();
    }
    expect(await rows(restoredUrl)).toEqual(await rows(source.url));
  });
});
