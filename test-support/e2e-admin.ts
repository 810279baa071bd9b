// Helpers for the admin's Playwright specs (e2e/admin-*.spec.ts, e2e/scale-out.spec.ts). Users are created with the
// same code path as `npm run admin:create` (the script itself), in the scratch database the admin's e2e web server
// runs on: a SQLite file, or a PostgreSQL database of the test cluster. The specs read and write that database with
// SQL in SQLite's spelling; on PostgreSQL test-support/postgres-sql.ts rewrites it.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, type Page } from "@playwright/test";
import { sqliteShaped, toPostgresSql } from "./postgres-sql";

const ROOT = path.resolve(__dirname, "..");
// The admin specs run against their own server (playwright.config.ts sets E2E_ADMIN_PORT).
export const E2E_PORT = Number(process.env.E2E_ADMIN_PORT ?? process.env.E2E_PORT ?? 3100);
/**
 * The admin server's database. playwright.config.ts sets E2E_ADMIN_DATABASE_URL (a PostgreSQL database beside the
 * public specs' one, or file:./data/e2e-<port>.db); the fallback is the SQLite file of that port.
 */
export const E2E_DATABASE_URL = process.env.E2E_ADMIN_DATABASE_URL ?? `file:./data/e2e-${E2E_PORT}.db`;
export const E2E_ON_POSTGRES = /^postgres(ql)?:\/\//i.test(E2E_DATABASE_URL);
const E2E_DB_FILE = E2E_ON_POSTGRES ? "" : path.resolve(ROOT, E2E_DATABASE_URL.replace(/^file:/i, "").replace(/\?.*$/, ""));
export const E2E_PASSWORD = "e2e passphrase, long enough";

/** A unique email per run, so that specs never collide in the shared scratch database. */
export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString("hex")}@example.org`;
}

/**
 * A client IP of its own for a spec (sent as X-Forwarded-For, the header our throttle reads), so that the
 * throttling spec's failures never lock out the other specs running beside it from the same machine.
 */
export function uniqueIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${(b[2] as number) % 250 + 1}`;
}

export function createUser(email: string, role: "admin" | "editor", password = E2E_PASSWORD): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "admin-create.mjs"), "--email", email, "--role", role, "--name", role], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: E2E_ON_POSTGRES ? E2E_DATABASE_URL : `file:${E2E_DB_FILE}`, ADMIN_PASSWORD: password },
    encoding: "utf8",
  });
  // Emails are unique per spec file load (uniqueEmail), so an existing one is this spec's own: with fullyParallel,
  // a worker that runs two tests of one file runs its beforeAll again with the same module-level email.
  if (result.status !== 0 && /already exists/.test(`${result.stderr}${result.stdout}`)) return;
  if (result.status !== 0) throw new Error(`admin:create failed for ${email}: ${result.stderr}${result.stdout}`);
}

// One small pool per Playwright worker, made on first use. bigint (count(*)) comes back as a number, as in SQLite.
let pool: pg.Pool | undefined;
function pgPool(): pg.Pool {
  if (!pool) {
    const types = {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    };
    pool = new pg.Pool({ connectionString: E2E_DATABASE_URL, max: 2, allowExitOnIdle: true, types });
  }
  return pool;
}

/** Read access to the e2e database, for checking what the UI wrote. Rows have SQLite's shape on both providers. */
export async function queryDb<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  if (E2E_ON_POSTGRES) {
    const result = await pgPool().query(toPostgresSql(sql), params);
    return result.rows.map((row: Record<string, unknown>) => sqliteShaped(row) as T);
  }
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export async function signIn(page: Page, email: string, locale: "en" | "zh" = "en", password = E2E_PASSWORD): Promise<void> {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(locale === "en" ? "Email" : "邮箱").fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "密码").fill(password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "登录" }).click();
  // Sign-in hashes with scrypt and the dashboard reads every entity: allow for a busy machine.
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`), { timeout: 30_000 });
}

/** The id of a catalog row by slug, for URLs such as /en/admin/techniques/<id>. */
export async function idOf(table: "UseCase" | "Technique" | "Domain" | "Trend" | "Faq" | "Challenge" | "Resource" | "Note" | "Driver" | "Advantage" | "FusionMechanism" | "Trait", slug: string): Promise<number> {
  const row = (await queryDb<{ id: number }>(`select id from "${table}" where slug = ?`, slug))[0];
  if (!row) throw new Error(`${table} ${slug} not found`);
  return row.id;
}

const BUMP_CATALOG_VERSION = `UPDATE "CatalogState" SET "version" = "version" + 1 WHERE "id" = 1`;

/**
 * Writes to the e2e database directly (for set-ups the UI cannot produce, such as hostile stored content), in one
 * transaction that, like a save on another instance, bumps the catalog version as its last statement. Then, instead
 * of sleeping out the server's once-a-second version check, it polls the admin server until `visible` holds: a
 * request whose answer shows the write (the server answers from a cache keyed on the catalog version, so once one
 * answer shows it, the server has moved on to the new version everywhere).
 */
export async function execDb(
  statements: Array<[sql: string, ...params: unknown[]]>,
  visible: { path: string; shows: (body: string) => boolean; timeoutMs?: number },
): Promise<void> {
  if (E2E_ON_POSTGRES) {
    const client = await pgPool().connect();
    try {
      await client.query("BEGIN");
      for (const [sql, ...params] of statements) await client.query(toPostgresSql(sql), params);
      await client.query(BUMP_CATALOG_VERSION);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  } else {
    const db = new Database(E2E_DB_FILE, { fileMustExist: true, timeout: 10_000 });
    try {
      db.transaction(() => {
        for (const [sql, ...params] of statements) db.prepare(sql).run(...params);
        db.prepare(BUMP_CATALOG_VERSION).run();
      })();
    } finally {
      db.close();
    }
  }
  const url = `http://localhost:${E2E_PORT}${visible.path}`;
  await expect
    .poll(
      async () => {
        const response = await fetch(url);
        return response.status === 200 && visible.shows(await response.text());
      },
      { message: `the server never showed the direct write at ${visible.path}`, timeout: visible.timeoutMs ?? 10_000, intervals: [50, 100, 200] },
    )
    .toBe(true);
}

/**
 * Signs in through the sign-in endpoint without the form (the form has its own specs): the session cookie lands
 * in the page's browser context. For specs that only need to be signed in.
 */
export async function signInQuickly(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  const response = await page.request.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
}
