#!/usr/bin/env node
// `npm run admin:create -- --email ada@example.org [--name "Ada"] [--role admin|editor]`
// Creates the first admin (or any user) from the shell. The password comes from ADMIN_PASSWORD or a hidden prompt,
// never from the command line (it would show in the process list and the shell history). No default credentials.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sqlitePath } from "../config/database.mjs";
import { prepareEnv, ROOT, fail } from "./lib/env.mjs";
import { migrate } from "./lib/database.mjs";
import { ensureClientFor } from "./lib/build.mjs";

const { url, provider } = prepareEnv();
// The same provider check as `npm start`: the generated client must be for this database's provider.
ensureClientFor(provider);
// A fresh machine has no tables yet, so migrate first, but only when something is pending: `migrate deploy` takes
// the migration lock, which a running server's database does not need from us.
if (provider !== "sqlite" || pendingSqliteMigrations(sqlitePath(url)) > 0) migrate();

function pendingSqliteMigrations(file) {
  if (!fs.existsSync(file)) return 1;
  const Database = createRequire(import.meta.url)("better-sqlite3");
  const conn = new Database(file, { readonly: true });
  try {
    const hasTable = conn.prepare("select 1 from sqlite_master where type = 'table' and name = '_prisma_migrations'").get();
    if (!hasTable) return 1;
    const applied = new Set(conn.prepare("select migration_name from _prisma_migrations where finished_at is not null").all().map((r) => r.migration_name));
    const folders = fs.readdirSync(path.join(ROOT, "prisma", "migrations"), { withFileTypes: true }).filter((d) => d.isDirectory());
    return folders.filter((d) => !applied.has(d.name)).length;
  } finally {
    conn.close();
  }
}

const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
// The account code is the app's own (lib/auth, `server-only`), loaded under the react-server condition as in Next.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() };
const result = spawnSync(process.execPath, [tsx, path.join(ROOT, "scripts", "admin-create.ts"), ...process.argv.slice(2)], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
if (result.status !== 0) fail("admin:create did not create a user (see above).");
