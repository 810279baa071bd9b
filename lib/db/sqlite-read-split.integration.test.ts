// A read outside a transaction neither waits for nor sees into an open write transaction; a write outside a
// transaction waits for it rather than joining it (lib/db/sqlite-read-split.ts). SQLite only: PostgreSQL's pool
// gives each transaction a connection of its own.
import { spawn } from "node:child_process";
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

/**
 * Another process takes the write lock on `file` (BEGIN IMMEDIATE and a write), holds it for `holdMs`, then commits.
 * Resolves once the lock is held; `done` settles when that process has committed and exited. A process of its own
 * because better-sqlite3 waits for a lock synchronously: a holder in this process could never let go meanwhile.
 */
async function holdWriteLock(file: string, holdMs: number) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
    db.exec("BEGIN IMMEDIATE");
    db.prepare("UPDATE Domain SET nameZh = 'written while holding the lock' WHERE slug = 'lock-probe'").run();
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
    db.exec("COMMIT");
    db.close();
  `;
  const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const done = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`the lock holder exited (${code}) before taking the lock`)));
  });
  return { done };
}

describe.skipIf(testProvider !== "sqlite")("SQLite reads and writes beside an open transaction", () => {
  it("a transaction that reads, then writes, waits for another process's write lock instead of failing", async () => {
    await scratch.db.domain.create({ data: { slug: "lock-probe", nameEn: "p", nameZh: "p", source: "§1", position: 98 } });
    const holder = await holdWriteLock(scratch.file!, 400);
    // A save's shape: read the entry, then write. With a deferred BEGIN the write failed at once (SQLITE_BUSY, seen
    // by the app as "database unavailable") because this transaction had read before the other process committed.
    // Beginning IMMEDIATE, it waits for the lock before its first read, so that read sees the other process's write.
    const saved = await scratch.db.$transaction(async (tx) => {
      const before = await tx.domain.findUniqueOrThrow({ where: { slug: "lock-probe" } });
      return { seen: before.nameZh, after: await tx.domain.update({ where: { id: before.id }, data: { nameEn: "after the lock" } }) };
    });
    expect(saved.seen).toBe("written while holding the lock");
    expect(saved.after.nameEn).toBe("after the lock");
    expect(await holder.done).toBe(0);
  });

  it("ends a transaction that began IMMEDIATE with its rollback: nothing it wrote is kept, and the next one runs", async () => {
    await expect(
      scratch.db.$transaction(async (tx) => {
        await tx.trend.create({ data: { slug: "never-kept", nameEn: "t", nameZh: "t", source: "§1", position: 1 } });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow(/on purpose/);
    expect(await scratch.db.trend.findUnique({ where: { slug: "never-kept" } })).toBeNull();
    const next = await scratch.db.$transaction((tx) => tx.trend.create({ data: { slug: "kept", nameEn: "t", nameZh: "t", source: "§1", position: 2 } }));
    expect(next.slug).toBe("kept");
  });

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
