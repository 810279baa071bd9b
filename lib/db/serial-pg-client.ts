// pg 8.23 deprecates calling client.query() while the client is still executing a query ("Calling client.query()
// when the client is already executing a query is deprecated and will be removed in pg@9.0"); in pg 9 it is an error.
// @prisma/adapter-pg runs every query of a transaction on the one pooled client it checked out, and two paths issue
// them concurrently:
// - Prisma's own query interpreter (@prisma/client/runtime, `concat` and relation `join` nodes) loads the parts of one
//   read with Promise.all: a read with `include`/`select` of relations inside a transaction;
// - our code inside transactions: the catalog import reads the whole catalog with one Promise.all of 12 queries
//   (lib/editing/catalog/apply-import.ts → readCatalog(tx)).
// pg already ran them one at a time (its internal queue), so waiting for the previous query here changes nothing but
// the deprecation: every client of the pool is this one (lib/db/adapter.ts). Only promise-style calls, the ones the
// adapter makes, are chained; callback-style and submittable calls (pool.query's one query per checkout, cursors)
// go straight through.
import pg from "pg";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query() has a dozen overloads; this keeps them all.
type AnyQuery = (this: pg.Client, ...args: any[]) => any;
const baseQuery = pg.Client.prototype.query as AnyQuery;

export class SerialPgClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [config, values, callback] = args as [unknown, unknown, unknown];
    const submittable = typeof config === "object" && config !== null && typeof (config as { submit?: unknown }).submit === "function";
    if (submittable || typeof values === "function" || typeof callback === "function") return baseQuery.apply(this, args);
    const run: Promise<unknown> = this.#tail.then(() => baseQuery.apply(this, args));
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
