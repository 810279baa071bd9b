// A driver adapter wrapper for PostgreSQL (issue 21): `57P03 the database system is starting up` and connection
// resets are retried once after a short pause, where that is safe (a plain read, or a refusal before anything ran:
// BEGIN, 57P03); and every outcome is reported, so the instance knows at once when its primary or a replica is away
// (lib/db/client.ts keeps that state for the catalog version, the proxy and /api/health).
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import { isPlainRead } from "./sqlite-read-split";
import { isDatabaseUnavailable, isRetryableOnce } from "./unavailable";

export const RETRY_BACKOFF_MS = 200;

export interface AdapterOutcomes {
  /** A statement or transaction start succeeded. */
  ok(): void;
  /** The database could not be reached (after any retry). */
  unavailable(error: unknown): void;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withRetry<T>(run: () => Promise<T>, nothingSent: boolean, outcomes: AdapterOutcomes | undefined): Promise<T> {
  try {
    const value = await run();
    outcomes?.ok();
    return value;
  } catch (error) {
    if (!isRetryableOnce(error, nothingSent)) {
      if (isDatabaseUnavailable(error)) outcomes?.unavailable(error);
      throw error;
    }
  }
  await pause(RETRY_BACKOFF_MS);
  try {
    const value = await run();
    outcomes?.ok();
    return value;
  } catch (error) {
    if (isDatabaseUnavailable(error)) outcomes?.unavailable(error);
    throw error;
  }
}

class ResilientAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly outcomes: AdapterOutcomes | undefined,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return withRetry(() => this.inner.queryRaw(query), isPlainRead(query.sql), this.outcomes);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return withRetry(() => this.inner.executeRaw(query), false, this.outcomes);
  }

  executeScript(script: string): Promise<void> {
    return withRetry(() => this.inner.executeScript(script), false, this.outcomes);
  }

  startTransaction(...args: Parameters<SqlDriverAdapter["startTransaction"]>): Promise<Transaction> {
    // Nothing of the transaction has run yet: a reset or a refusal here is safe to retry.
    return withRetry(() => this.inner.startTransaction(...args), true, this.outcomes);
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}

export function resilient(factory: SqlMigrationAwareDriverAdapterFactory, outcomes?: AdapterOutcomes): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      return new ResilientAdapter(await factory.connect(), outcomes);
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
