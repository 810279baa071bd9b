// The CLI's SQLite adapter. `migrate dev` replays migration files on the shadow database through single-statement
// executeRaw, which better-sqlite3 cannot do (P3006 "External error id#0", TOOLCHAIN.md); parameterless raw SQL on
// the shadow connection therefore goes through executeScript.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { sqlitePath } from "../../config/database.mjs";

export function sqliteMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const file = sqlitePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const inner = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect(),
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const shadow = await inner.connectToShadowDb();
      return new Proxy(shadow, {
        get(target, prop, receiver) {
          if (prop === "executeRaw") {
            return async (query: { sql: string; args: unknown[] }) => {
              if (query.args.length > 0) return target.executeRaw(query as Parameters<typeof target.executeRaw>[0]);
              await target.executeScript(query.sql);
              return 0;
            };
          }
          return Reflect.get(target, prop, receiver);
        },
      });
    },
  };
}
