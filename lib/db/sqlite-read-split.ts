// SQLite through better-sqlite3 has one connection, and Prisma's adapter runs a query made outside a transaction on
// that connection even while a transaction is open on it: a public page read during an admin import read the
// import's uncommitted rows (and could cache them), and a write made meanwhile (a session, a sign-in throttle row)
// joined the import's transaction and shared its fate. This adapter gives SQLite what PostgreSQL's pool gives:
// - reads outside a transaction (plain SELECTs) go to a second connection, which in WAL mode sees the last committed
//   state and never waits for a writer: public pages keep answering during a long import;
// - everything else (writes, DDL, transactions) goes to the first connection, one at a time: a write outside a
//   transaction waits for an open transaction to finish instead of slipping into it;
// - a transaction takes the write lock when it begins (BEGIN IMMEDIATE), so that another process's write cannot make
//   it fail halfway (see startTransaction).
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";

/** A plain read: SELECT (or a read-only CTE) with no write keywords anywhere. */
export function isPlainRead(sql: string): boolean {
  const s = sql.trimStart();
  if (!/^(SELECT|WITH)\b/i.test(s)) return false;
  return !/\b(INSERT|UPDATE|DELETE|REPLACE|RETURNING|CREATE|DROP|ALTER|PRAGMA|ATTACH|DETACH|VACUUM|REINDEX)\b/i.test(s);
}

/** A FIFO lock: `run` waits for every earlier holder. */
export class Lock {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for the lock; resolves with the function that releases it. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

class ReadSplitAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #lock = new Lock();
  readonly getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];

  constructor(
    private readonly writer: SqlDriverAdapter,
    private readonly reader: SqlDriverAdapter,
  ) {
    this.provider = writer.provider;
    this.adapterName = writer.adapterName;
    // Only when the wrapped adapter has it: Prisma reads its absence as "defaults".
    if (writer.getConnectionInfo) this.getConnectionInfo = () => writer.getConnectionInfo!();
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (isPlainRead(query.sql)) return this.reader.queryRaw(query);
    return this.#lock.run(() => this.writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#lock.run(() => this.writer.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#lock.run(() => this.writer.executeScript(script));
  }

  /**
   * A transaction on the writing connection that holds SQLite's write lock from its first statement: BEGIN IMMEDIATE,
   * not the wrapped adapter's deferred BEGIN. A deferred transaction that has read and then writes while another
   * process holds the write lock (a script, a second app instance on the same file) fails at once with SQLITE_BUSY,
   * without waiting for the busy timeout, and its save became a 503. BEGIN IMMEDIATE waits for the lock as long as
   * the busy timeout allows, before anything is read. Prisma ends it with COMMIT or ROLLBACK sent through
   * `executeRaw` (usePhantomQuery: false): that statement releases the lock, whether it succeeds or not, and the
   * commit() / rollback() Prisma calls after a successful one find nothing left to do.
   */
  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      // SQLite's transactions are serializable; the wrapped adapter refuses any other level the same way.
      throw new Error(`SQLite has no isolation level ${isolationLevel}; its transactions are SERIALIZABLE.`);
    }
    const release = await this.#lock.acquire();
    try {
      await this.writer.executeScript("BEGIN IMMEDIATE");
    } catch (error) {
      release();
      throw error;
    }
    let open = true;
    const end = () => {
      if (open) {
        open = false;
        release();
      }
      return Promise.resolve();
    };
    const closed = () => Promise.reject(new Error("This SQLite transaction has already ended."));
    // Prisma calls commit() / rollback() only after its COMMIT / ROLLBACK statement succeeded. One that fails (a full
    // disk, an I/O error, a ROLLBACK after SQLite rolled back by itself) would otherwise keep the lock for good, and the
    // connection inside the transaction: so the statement itself ends it, and a failed COMMIT is rolled back.
    const executeRaw = async (q: SqlQuery): Promise<number> => {
      if (!open) return closed();
      const ending = /^\s*(COMMIT|ROLLBACK)\b/i.exec(q.sql)?.[1]?.toUpperCase();
      if (!ending) return this.writer.executeRaw(q);
      try {
        return await this.writer.executeRaw(q);
      } catch (error) {
        if (ending === "COMMIT") await this.writer.executeScript("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        await end();
      }
    };
    return {
      provider: this.writer.provider,
      adapterName: this.writer.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q) => (open ? this.writer.queryRaw(q) : closed()),
      executeRaw,
      commit: end,
      rollback: end,
    };
  }

  async dispose(): Promise<void> {
    await Promise.all([this.writer.dispose(), this.reader.dispose()]);
  }
}

/** Two connections of `factory` (two adapters) as one: reads on the second, the rest on the first. */
export function splitReads(writerFactory: SqlMigrationAwareDriverAdapterFactory, readerFactory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: writerFactory.provider,
    adapterName: writerFactory.adapterName,
    async connect() {
      const [writer, reader] = await Promise.all([writerFactory.connect(), readerFactory.connect()]);
      return new ReadSplitAdapter(writer, reader);
    },
    connectToShadowDb: () => writerFactory.connectToShadowDb(),
  };
}
