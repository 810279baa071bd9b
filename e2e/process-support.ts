// For the specs that run servers of their own (crash, shutdown, health): the provider they run on, and a fresh
// PostgreSQL database beside the e2e one (in the test cluster) when on PostgreSQL.
import pg from "pg";

export const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.E2E_DATABASE_URL ?? "");

/** A database of the e2e PostgreSQL cluster, by name. */
export function databaseNamed(name: string): string {
  const u = new URL(process.env.E2E_DATABASE_URL as string);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops and creates the database of `url` (empty; the app's start migrates and seeds it). */
export async function freshPostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}
