// Database set-up shared by `npm start`, `npm test` and the benches: migrate, WAL, seed.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { sqlitePath, providerOf, databaseUrl } from "../../config/database.mjs";
import { runPrisma } from "../prisma.mjs";
import { runTs } from "../run-ts.mjs";
import { fail } from "./env.mjs";

const require = createRequire(import.meta.url);

export function migrate() {
  const url = databaseUrl();
  if (providerOf(url) === "sqlite") fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  if (runPrisma(["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] }) !== 0) {
    fail("Applying database migrations failed (see the error above).");
  }
  if (providerOf(url) === "sqlite") {
    // WAL lets readers proceed during a write; it is a property of the file, so setting it once is enough.
    const Database = require("better-sqlite3");
    const conn = new Database(sqlitePath(url));
    conn.pragma("journal_mode = WAL");
    conn.close();
  }
}

export function seed() {
  if (runTs("prisma/seed.ts") !== 0) fail("Seeding the database failed (see the error above).");
}
