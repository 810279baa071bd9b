// The CLI's PostgreSQL adapter, with the fixes TOOLCHAIN.md measured for @prisma/adapter-pg 6.19.3:
// - the schema engine's catalog queries return `name` (19) and `"char"` (18) columns and their arrays, which the
//   adapter cannot map ("Column type 'name' could not be deserialized", prisma/orm#27403): relabel them as text;
// - connection settings are separate fields, never a connectionString, so the shadow database really is separate;
// - the shadow pool is ended before its database is dropped ("being accessed by other users");
// - pools may exit when idle, so CLI commands exit promptly.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const RELABEL: Record<number, number> = { 19: 25, 18: 25, 1003: 1009, 1002: 1009 };

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function relabel<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields) {
      const to = RELABEL[field.dataTypeID];
      if (to !== undefined) field.dataTypeID = to;
    }
  }
  return result;
}

let patched = false;
function patchClientQuery(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => callback(err, err ? res : relabel(res));
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    return out instanceof Promise ? out.then(relabel) : out;
  };
}

export function pgPoolConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    allowExitOnIdle: true,
    max: 4,
  };
}

/**
 * adapter-pg 6.19.3 runs a migration script by splitting it on every ";" — inside comments and inside $$-quoted
 * function bodies too — so a migration with a plpgsql function (prisma/postgres/migrations/…_pg_search) cannot be
 * applied. PostgreSQL's simple query protocol takes the whole script in one call, which is what this does instead.
 */
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const driver = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.() as pg.Pool | undefined;
  if (!driver || typeof driver.query !== "function") return adapter;
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeScript") {
        return async (script: string) => {
          await driver.query(script);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

export function pgMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  patchClientQuery();
  const config = pgPoolConfig(url);
  const main = new PrismaPg(new pg.Pool(config), { disposeExternalPool: true });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => wholeScripts(await main.connect()),
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const admin = new pg.Pool({ ...config, max: 1 });
      const database = `prisma_shadow_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const shadowPool = new pg.Pool({ ...config, database });
      const shadow = wholeScripts(await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect());
      return new Proxy(shadow, {
        get(target, prop, receiver) {
          if (prop === "dispose") {
            return async () => {
              await target.dispose();
              await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
              await admin.end();
            };
          }
          return Reflect.get(target, prop, receiver);
        },
      });
    },
  };
}
