// Resolves DATABASE_URL once for the CLI, the scripts and the app, so they always agree.
// Plain ESM so that node scripts, prisma.config.ts and Next can all import it.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/atlas.db";

/** @returns {string} */
export function databaseUrl() {
  const raw = (process.env.DATABASE_URL ?? "").trim();
  return raw === "" ? DEFAULT_DATABASE_URL : raw;
}

/** @param {string} url @returns {"sqlite" | "postgresql"} */
export function providerOf(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" / "postgresql://" (PostgreSQL); got "${url.slice(0, 40)}".`,
  );
}

/**
 * Absolute path of a SQLite file URL, relative paths resolved against the project root (cwd).
 * @param {string} url
 */
export function sqlitePath(url) {
  const p = url.replace(/^file:/i, "").replace(/\?.*$/, "");
  return path.isAbsolute(p) ? p : path.resolve(/*turbopackIgnore: true*/ process.cwd(), p);
}

/** Schema and migrations folder for a provider. @param {"sqlite" | "postgresql"} provider */
export function schemaPaths(provider) {
  return provider === "postgresql"
    ? { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" }
    : { schema: "prisma/schema.prisma", migrations: "prisma/migrations" };
}
