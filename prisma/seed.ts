// `npm run db:seed`: fills an empty database with the article's content. Safe to run on every start.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, providerOf, sqlitePath } from "../config/database.mjs";
import { PrismaClient } from "../lib/db/generated/client";
import { content } from "./seed/content";
import { applySeed } from "./seed/apply";

async function main(): Promise<void> {
  const url = databaseUrl();
  if (providerOf(url) !== "sqlite") throw new Error("The seed script currently supports SQLite DATABASE_URLs only.");
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${sqlitePath(url)}`, timeout: 10_000 }) });
  try {
    const result = await applySeed(db, content);
    console.log(result === "seeded" ? "Seeded the catalog from the article." : "Catalog already seeded; left as is.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
