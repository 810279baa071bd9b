// The retry-once wrapper: 57P03 and connection resets are retried once after a short pause where that is safe, and
// every outcome is reported (it is how the instance learns at once that its primary went away).
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { resilient } from "./resilient-adapter";

const startingUp = { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03", message: "the database system is starting up" } };
const reset = { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } };
const refused = { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } };
const query = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
const rows = { columnTypes: [], columnNames: [], rows: [] };

/** An adapter whose calls fail with the given errors, in order, then succeed. */
async function fake(failures: unknown[]) {
  const calls: string[] = [];
  const next = async <T>(what: string, value: T): Promise<T> => {
    calls.push(what);
    const failure = failures.shift();
    if (failure) throw failure;
    return value;
  };
  const inner = {
    provider: "postgres",
    adapterName: "fake",
    queryRaw: (q: SqlQuery) => next(`query ${q.sql}`, rows),
    executeRaw: (q: SqlQuery) => next(`execute ${q.sql}`, 1),
    executeScript: () => next("script", undefined),
    startTransaction: () => next("begin", {} as never),
    dispose: async () => undefined,
  } as unknown as SqlDriverAdapter;
  const factory = { provider: "postgres", adapterName: "fake", connect: async () => inner, connectToShadowDb: async () => inner } as unknown as SqlMigrationAwareDriverAdapterFactory;
  const outcomes: string[] = [];
  const adapter = await resilient(factory, { ok: () => outcomes.push("ok"), unavailable: () => outcomes.push("unavailable") }).connect();
  return { adapter, calls, outcomes };
}

describe("resilient adapter", () => {
  it("retries a read once after 57P03 or a reset, and reports success", async () => {
    const a = await fake([startingUp]);
    await a.adapter.queryRaw(query("SELECT 1"));
    expect(a.calls).toEqual(["query SELECT 1", "query SELECT 1"]);
    expect(a.outcomes).toEqual(["ok"]);
    const b = await fake([reset]);
    await b.adapter.queryRaw(query('SELECT "version" FROM "CatalogState"'));
    expect(b.calls).toHaveLength(2);
  });

  it("retries only once, then reports the database unavailable", async () => {
    const a = await fake([startingUp, startingUp]);
    await expect(a.adapter.queryRaw(query("SELECT 1"))).rejects.toBe(startingUp);
    expect(a.calls).toHaveLength(2);
    expect(a.outcomes).toEqual(["unavailable"]);
  });

  it("never retries a write whose connection was reset (it may have run), but does retry its 57P03 and a transaction's start", async () => {
    const a = await fake([reset]);
    await expect(a.adapter.executeRaw(query('UPDATE "UseCase" SET "version" = 2'))).rejects.toBe(reset);
    expect(a.calls).toHaveLength(1);
    const b = await fake([startingUp]);
    await b.adapter.executeRaw(query('UPDATE "UseCase" SET "version" = 2'));
    expect(b.calls).toHaveLength(2);
    const c = await fake([reset]);
    await c.adapter.startTransaction();
    expect(c.calls).toEqual(["begin", "begin"]);
  });

  it("does not retry a refused connection, and reports it", async () => {
    const a = await fake([refused]);
    await expect(a.adapter.queryRaw(query("SELECT 1"))).rejects.toBe(refused);
    expect(a.calls).toHaveLength(1);
    expect(a.outcomes).toEqual(["unavailable"]);
  });
});
