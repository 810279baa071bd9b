// `npm run db:seed`: fills an empty database with the article's content. Safe to run on every start.
import { databaseUrl } from "../config/database.mjs";
import { createAdapter } from "../lib/db/adapter";
import { PrismaClient } from "../lib/db/generated/client";
import { content } from "./seed/content";
import { applySeed } from "./seed/apply";

async function main(): Promise<void> {
  const db = new PrismaClient({ adapter: createAdapter(databaseUrl(), { poolSize: 2 }) });
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
