// pg 8.23's deprecation of concurrent queries on one client (lib/db/serial-pg-client.ts): a transaction through the
// app's adapter (lib/db/adapter.ts) that issues 12 queries at once — as the catalog import's readCatalog(tx) does,
// and Prisma's interpreter for relation reads — runs them all, in order, without the warning; the same on a plain
// pg client warns (the control: this test can see the warning). PostgreSQL phase only (TEST_PG_URL).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createAdapter } from "./adapter";

const url = process.env.TEST_PG_URL;
const DEPRECATION = /already executing a query/;

function warnings(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const listener = (w: Error) => seen.push(w.message);
  process.on("warning", listener);
  return { seen, stop: () => process.off("warning", listener) };
}

describe.skipIf(!url)("a transaction's concurrent queries on PostgreSQL (pg 8.23 deprecation)", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  // First: util.deprecate warns once per process, so the control must come after.
  it("through the app's adapter: 12 queries at once in a transaction, all answered in order, no warning", async () => {
    const watch = warnings();
    const adapter = await createAdapter(url as string).connect();
    cleanups.push(() => adapter.dispose());
    const tx = await adapter.startTransaction();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => tx.queryRaw({ sql: `SELECT ${i}::int AS n, pg_sleep(0.01)::text AS s`, args: [], argTypes: [] })),
    );
    await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
    await tx.commit();
    await new Promise((r) => setImmediate(r));
    watch.stop();
    expect(results.map((r) => r.rows[0]?.[0])).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(watch.seen.filter((m) => DEPRECATION.test(m))).toEqual([]);
  });

  it("a failed query does not stop the ones queued behind it", async () => {
    const adapter = await createAdapter(url as string).connect();
    cleanups.push(() => adapter.dispose());
    const tx = await adapter.startTransaction();
    const [bad, after] = await Promise.allSettled([
      tx.queryRaw({ sql: "SELECT 1/0", args: [], argTypes: [] }),
      tx.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] }),
    ]);
    await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
    await tx.rollback();
    expect(bad.status).toBe("rejected");
    // Inside the aborted transaction PostgreSQL refuses it, but it ran (and did not hang behind the failure).
    expect(after.status).toBe("rejected");
    expect(JSON.stringify((after as PromiseRejectedResult).reason?.cause ?? null)).toMatch(/25P02/);
  });

  it("control: the same on a plain pg client warns", async () => {
    const watch = warnings();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    cleanups.push(() => client.end());
    await client.query("BEGIN");
    await Promise.all(Array.from({ length: 3 }, (_, i) => client.query(`SELECT ${i}`)));
    await client.query("COMMIT");
    await new Promise((r) => setImmediate(r));
    watch.stop();
    expect(watch.seen.some((m) => DEPRECATION.test(m))).toBe(true);
  });
});
