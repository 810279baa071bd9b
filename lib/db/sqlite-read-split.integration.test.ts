// A read outside a transaction neither waits for nor sees into an open write transaction; a write outside a
// transaction waits for it rather than joining it (lib/db/sqlite-read-split.ts). SQLite only: PostgreSQL's pool
// gives each transaction a connection of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, testProvider, type ScratchDb } from "../../test-support/scratch-db";
import { isPlainRead, Lock } from "./sqlite-read-split";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch.cleanup();
});

/** Opens a transaction that creates a domain, and keeps it open until `release` is called. */
async function openTransaction(slug: string, options: { fail?: boolean } = {}) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let inside!: () => void;
  const started = new Promise<void>((resolve) => (inside = resolve));
  const done = scratch.db.$transaction(
    async (tx) => {
      await tx.domain.create({ data: { slug, nameEn: slug, nameZh: slug, source: "§1", position: 99 } });
      inside();
      await gate;
      if (options.fail) throw new Error("rolled back on purpose");
    },
    { timeout: 30_000 },
  );
  await started;
  return { release, done };
}

describe.skipIf(testProvider !== "sqlite")("SQLite reads and writes beside an open transaction", () => {
  it("answers a read while a write transaction is open, with committed data only", async () => {
    const tx = await openTransaction("uncommitted-domain");
    // Released after 5 s at the latest, so that a read stuck behind the transaction fails the test instead of hanging.
    const safety = setTimeout(tx.release, 5_000);
    const read = await scratch.db.domain.findUnique({ where: { slug: "uncommitted-domain" } });
    const stillOpen = await Promise.race([tx.done.then(() => false), Promise.resolve(true)]);
    expect(stillOpen).toBe(true);
    expect(read).toBeNull();
    tx.release();
    clearTimeout(safety);
    await tx.done;
    expect(await scratch.db.domain.findUnique({ where: { slug: "uncommitted-domain" } })).not.toBeNull();
  });

  it("makes a write outside the transaction wait for it instead of joining it", async () => {
    const tx = await openTransaction("rolled-back-domain", { fail: true });
    const order: string[] = [];
    const write = scratch.db.trend
      .create({ data: { slug: "written-beside", nameEn: "t", nameZh: "t", source: "§1", position: 1 } })
      .then(() => order.push("write"));
    await new Promise((r) => setTimeout(r, 100));
    order.push("rollback");
    // The transaction rolls back: the write beside it must survive, because it was never part of it.
    tx.release();
    await expect(tx.done).rejects.toThrow(/on purpose/);
    await write;
    expect(order).toEqual(["rollback", "write"]);
    expect(await scratch.db.trend.findUnique({ where: { slug: "written-beside" } })).not.toBeNull();
    expect(await scratch.db.domain.findUnique({ where: { slug: "rolled-back-domain" } })).toBeNull();
  });
});

describe("read routing and the lock", () => {
  it("sends only plain reads to the reading connection", () => {
    expect(isPlainRead(`SELECT "id" FROM "Domain" WHERE "slug" = ?`)).toBe(true);
    expect(isPlainRead(`  with x as (select 1) select * from x`)).toBe(true);
    expect(isPlainRead(`INSERT INTO "Domain" ("slug") VALUES (?) RETURNING "id"`)).toBe(false);
    expect(isPlainRead(`UPDATE "CatalogState" SET "version" = "version" + 1 RETURNING "version"`)).toBe(false);
    expect(isPlainRead(`WITH x AS (SELECT 1) DELETE FROM "Domain"`)).toBe(false);
    expect(isPlainRead(`PRAGMA journal_mode`)).toBe(false);
    expect(isPlainRead(`BEGIN`)).toBe(false);
  });

  it("lets holders through one at a time, in order", async () => {
    const lock = new Lock();
    const events: string[] = [];
    const a = lock.run(async () => {
      events.push("a start");
      await new Promise((r) => setTimeout(r, 20));
      events.push("a end");
    });
    const b = lock.run(async () => {
      events.push("b");
    });
    await Promise.all([a, b]);
    expect(events).toEqual(["a start", "a end", "b"]);
  });
});
