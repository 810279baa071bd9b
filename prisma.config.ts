// Picks the schema, the migrations and the CLI's driver adapter from DATABASE_URL (see DESIGN.md, "Two providers").
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf, schemaPaths } from "./config/database.mjs";
import { sqliteMigrationAdapter } from "./prisma/cli/sqlite-adapter";

const url = databaseUrl();
const provider = providerOf(url);
const paths = schemaPaths(provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: paths.schema,
  migrations: { path: paths.migrations },
  adapter: async () => {
    if (provider === "postgresql") {
      const { pgMigrationAdapter } = await import("./prisma/cli/pg-adapter");
      return pgMigrationAdapter(url);
    }
    return sqliteMigrationAdapter(url);
  },
});
