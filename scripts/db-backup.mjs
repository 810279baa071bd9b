#!/usr/bin/env node
// `npm run db:backup [-- --out FILE]`: a consistent online backup while the app keeps writing.
// - SQLite: the SQLite online backup API (better-sqlite3's db.backup), page by page, consistent as of its end.
// - PostgreSQL: pg_dump (custom format), which reads one snapshot.
// Restore: see README ("Backup and restore").
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { databaseUrl, providerOf, sqlitePath } from "../config/database.mjs";
import { findPgBin } from "./lib/pg-cluster.mjs";

const require = createRequire(import.meta.url);

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function backup(url, out) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (providerOf(url) === "sqlite") {
    const Database = require("better-sqlite3");
    const source = new Database(sqlitePath(url), { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      await source.backup(out);
    } finally {
      source.close();
    }
    const check = new Database(out, { readonly: true });
    const ok = check.pragma("integrity_check", { simple: true });
    check.close();
    if (ok !== "ok") throw new Error(`backup failed its integrity check: ${ok}`);
    return out;
  }
  const bin = findPgBin();
  const pgDump = bin ? path.join(bin, "pg_dump") : "pg_dump";
  const r = spawnSync(pgDump, ["--format=custom", "--no-owner", `--file=${out}`, url], { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error("pg_dump failed (is it installed? apt-get install -y postgresql-client)");
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const url = databaseUrl();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = path.resolve(arg("--out") ?? path.join("data", "backups", `atlas-${stamp}.${providerOf(url) === "sqlite" ? "db" : "pgdump"}`));
  backup(url, out)
    .then((file) => console.log(`Backup written to ${file}`))
    .catch((e) => {
      console.error(`✖ ${e.message}`);
      process.exit(1);
    });
}
