/**
 * Limits for the admin's write transactions. Prisma's defaults (2 s to get a connection, 5 s to finish) turned saves
 * into 500s under load (bench:load, 5 writers beside 50 readers); a save may wait for the pool, or SQLite's write
 * lock, as long as the SQLite busy timeout instead.
 */
export const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;
