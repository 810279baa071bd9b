// How a transaction of the read-splitting adapter begins and ends (lib/db/sqlite-read-split.ts), with fake
// connections: BEGIN IMMEDIATE, and the lock released however the transaction ends, even when its COMMIT fails.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { splitReads } from "./sqlite-read-split";

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });

/** A connection that records what it ran; `fail` makes the statements it matches throw. */
function fakeConnection(fail?: RegExp) {
  const ran: string[] = [];
  const run = (text: string) => {
    ran.push(text);
    if (fail?.test(text)) throw new Error(`${text} failed`);
  };
  const adapter = {
    provider: "sqlite",
    adapterName: "fake",
    queryRaw: async (q: SqlQuery) => (run(q.sql), { columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async (q: SqlQuery) => (run(q.sql), 1),
    executeScript: async (script: string) => run(script),
    startTransaction: async () => {
      throw new Error("the wrapped adapter's deferred BEGIN must not be used");
    },
    dispose: async () => undefined,
  } as unknown as SqlDriverAdapter;
  const factory = {
    provider: "sqlite",
    adapterName: "fake",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  } as unknown as SqlMigrationAwareDriverAdapterFactory;
  return { ran, factory };
}

/** Resolves with the operation's result, or rejects when it waits longer than a moment (a lock never released). */
function promptly<T>(operation: Promise<T>): Promise<T> {
  return Promise.race([operation, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("still waiting for the lock")), 500))]);
}

describe("a transaction on the writing connection", () => {
  it("begins IMMEDIATE and ends with Prisma's COMMIT, releasing the lock", async () => {
    const writer = fakeConnection();
    const adapter = await splitReads(writer.factory, fakeConnection().factory).connect();
    const tx = await adapter.startTransaction();
    expect(tx.options.usePhantomQuery).toBe(false);
    await tx.executeRaw(sql("UPDATE t SET x = 1"));
    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
    await promptly(adapter.executeRaw(sql("INSERT INTO t VALUES (2)")));
    expect(writer.ran).toEqual(["BEGIN IMMEDIATE", "UPDATE t SET x = 1", "COMMIT", "INSERT INTO t VALUES (2)"]);
  });

  it("a write outside the transaction waits until it ends", async () => {
    const writer = fakeConnection();
    const adapter = await splitReads(writer.factory, fakeConnection().factory).connect();
    const tx = await adapter.startTransaction();
    const beside = adapter.executeRaw(sql("INSERT INTO t VALUES (3)"));
    await tx.executeRaw(sql("UPDATE t SET x = 1"));
    await tx.executeRaw(sql("ROLLBACK"));
    await tx.rollback();
    await promptly(beside);
    expect(writer.ran).toEqual(["BEGIN IMMEDIATE", "UPDATE t SET x = 1", "ROLLBACK", "INSERT INTO t VALUES (3)"]);
  });

  it("a COMMIT that fails is rolled back and releases the lock, though Prisma never calls commit()", async () => {
    const writer = fakeConnection(/^COMMIT$/);
    const adapter = await splitReads(writer.factory, fakeConnection().factory).connect();
    const tx = await adapter.startTransaction();
    await expect(tx.executeRaw(sql("COMMIT"))).rejects.toThrow(/COMMIT failed/);
    await promptly(adapter.executeRaw(sql("INSERT INTO t VALUES (4)")));
    expect(writer.ran).toEqual(["BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", "INSERT INTO t VALUES (4)"]);
    // The ended transaction no longer reaches the connection.
    await expect(tx.queryRaw(sql("SELECT 1"))).rejects.toThrow(/already ended/);
    await expect(tx.executeRaw(sql("UPDATE t SET x = 5"))).rejects.toThrow(/already ended/);
  });

  it("a ROLLBACK that fails (SQLite had rolled back by itself) still releases the lock", async () => {
    const writer = fakeConnection(/^ROLLBACK$/);
    const adapter = await splitReads(writer.factory, fakeConnection().factory).connect();
    const tx = await adapter.startTransaction();
    await expect(tx.executeRaw(sql("ROLLBACK"))).rejects.toThrow(/ROLLBACK failed/);
    await promptly(adapter.executeRaw(sql("INSERT INTO t VALUES (6)")));
  });

  it("a BEGIN that fails (the lock wait ran out) releases the lock", async () => {
    const writer = fakeConnection(/^BEGIN IMMEDIATE$/);
    const adapter = await splitReads(writer.factory, fakeConnection().factory).connect();
    await expect(adapter.startTransaction()).rejects.toThrow(/BEGIN IMMEDIATE failed/);
    await promptly(adapter.executeRaw(sql("INSERT INTO t VALUES (7)")));
  });
});
