// README: "/api/health answers 200 only when the database is reachable and its migrations are current, for load
// balancers". The 200 side is checked by every e2e server's start-up; these check the two 503s, on servers of
// their own.
import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { sqliteFile } from "../bench/lib/admin-api";
import { startAppProcess, type AppProcess } from "../bench/lib/app-process";
import { databaseNamed, onPostgres } from "./process-support";

const BASE_PORT = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70);
// A fixed secret: with none, start-up would write one into data/.auth-secret.
const env = { BETTER_AUTH_SECRET: "health-spec-secret-not-for-production-0123456789" };

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: AppProcess | null = null;
test.afterEach(async () => {
  await server?.kill("SIGTERM");
  server = null;
});

async function health(url: string): Promise<{ status: number; body: Record<string, unknown>; cacheControl: string | null }> {
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, cacheControl: response.headers.get("cache-control") };
}

test("503 with database \"down\" when the database cannot be reached", async () => {
  // SQLite: a file in a folder that does not exist cannot be opened; PostgreSQL: a port nobody listens on.
  const unreachable = onPostgres ? "postgresql://postgres@127.0.0.1:1/nowhere" : "file:./data/no-such-folder-for-health/atlas.db";
  server = await startAppProcess({ port: BASE_PORT + 2, databaseUrl: unreachable, mode: "existing", env, ready: "answering", timeoutMs: 90_000 });
  const answer = await health(server.url);
  expect(answer.status).toBe(503);
  expect(answer.body).toMatchObject({ ok: false, database: "down", migrations: "unknown", primary: { status: "down" }, replicas: [] });
  expect(answer.cacheControl).toContain("no-store");
  // Not a one-off: it keeps answering 503 (no cached 200, no crash).
  expect((await health(server.url)).status).toBe(503);
});

test("503 with migrations \"pending\" when a committed migration is not applied, and 200 again once it is", async () => {
  const databaseUrl = onPostgres ? databaseNamed("e2e_health") : `file:./data/e2e-health-${BASE_PORT + 3}.db`;
  server = await startAppProcess({ port: BASE_PORT + 3, databaseUrl, mode: "fresh", env });
  expect(await health(server.url)).toMatchObject({
    status: 200,
    body: { ok: true, database: "up", migrations: "current", primary: { status: "up" }, replicas: [], catalogVersion: { stale: false } },
  });

  // Forget the newest migration, as a database that a newer build's `npm start` has not migrated yet looks.
  const latest = "select migration_name from _prisma_migrations order by migration_name desc limit 1";
  const forget = "update _prisma_migrations set finished_at = null where migration_name = $1";
  const restore = "update _prisma_migrations set finished_at = started_at where migration_name = $1";
  const exec = async (sql: string, ...params: string[]): Promise<Array<{ migration_name: string }>> => {
    if (onPostgres) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query<{ migration_name: string }>(sql, params)).rows;
      } finally {
        await client.end();
      }
    }
    const db = new Database(sqliteFile(databaseUrl), { fileMustExist: true, timeout: 10_000 });
    try {
      const statement = db.prepare(sql.replace(/\$\d/g, "?"));
      return statement.reader ? (statement.all(...params) as Array<{ migration_name: string }>) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  };
  const name = (await exec(latest))[0]?.migration_name;
  expect(name, "the fresh database has applied migrations").toBeTruthy();
  await exec(forget, name as string);
  const pending = await health(server.url);
  expect(pending).toMatchObject({ status: 503, body: { ok: false, database: "up", migrations: "pending", pending: [name] } });

  await exec(restore, name as string);
  expect(await health(server.url)).toMatchObject({ status: 200, body: { ok: true, migrations: "current" } });
});
