// What this instance knows of the catalog version, and for how long it may go on trusting it when the primary cannot
// be read (issue 21). Pure: the read and the clock are passed in; lib/cache/version.ts binds them.
//
// - A known version is reused for maxAgeMs (1 s); concurrent callers then share one read.
// - When a read fails and the last successful one is at most staleLimitMs (5 min) old, the last known version is
//   answered ("stale": cached pages and answers of that version keep being served, and say so) and the database is
//   asked again at most once per maxAgeMs. Past the limit, or with nothing known, the read's error is thrown.
// - `forget()` (this instance saved) makes the next call read again.

export const STALE_LIMIT_MS = 5 * 60_000;

export interface VersionStatus {
  version: number | null;
  /** When the version was last read successfully (ms), or null. */
  okAt: number | null;
  /** The last read failed: answers are served from the last known version. */
  stale: boolean;
  /** The last read's error, short; null after a success. */
  error: string | null;
}

export interface VersionTracker {
  current(now?: number): Promise<number>;
  /**
   * The known version when `current()` would answer it at once from a successful read (no failure since, within
   * maxAgeMs, not forgotten); else null (the caller then takes the asynchronous way). Starts no read.
   */
  fresh(now?: number): number | null;
  forget(): void;
  status(): VersionStatus;
}

export function createVersionTracker(options: {
  read: () => Promise<number>;
  maxAgeMs: number;
  staleLimitMs?: number;
  now?: () => number;
  describe?: (error: unknown) => string;
  /** Errors that mean "the database is away" (default: all); any other error is thrown and changes nothing. */
  isOutage?: (error: unknown) => boolean;
}): VersionTracker {
  const clock = options.now ?? Date.now;
  const staleLimit = options.staleLimitMs ?? STALE_LIMIT_MS;
  let known: { version: number; okAt: number } | null = null;
  /** Until then the known version is answered without asking the database. */
  let trustUntil = Number.NEGATIVE_INFINITY;
  let reading: Promise<number> | null = null;
  let failure: string | null = null;

  const usableStale = (now: number) => known !== null && now - known.okAt <= staleLimit;

  function startRead(now: number): Promise<number> {
    const attempt: Promise<number> = options.read().then(
      (version) => {
        if (reading === attempt) {
          known = { version, okAt: now };
          trustUntil = now + options.maxAgeMs;
          failure = null;
        }
        return version;
      },
      (error: unknown) => {
        if (options.isOutage && !options.isOutage(error)) throw error;
        if (reading === attempt) {
          failure = options.describe ? options.describe(error) : String(error);
          // Answer from what is known until the next attempt (at most one per maxAgeMs while the primary is away).
          if (usableStale(now)) trustUntil = now + options.maxAgeMs;
        }
        throw error;
      },
    );
    const shared = attempt.finally(() => {
      if (reading === attempt) reading = null;
    });
    shared.catch(() => {});
    reading = attempt;
    return shared;
  }

  return {
    async current(now = clock()) {
      if (known && now < trustUntil && (failure === null || usableStale(now))) return known.version;
      const pending = reading ?? startRead(now);
      try {
        return await pending;
      } catch (error) {
        if (options.isOutage && !options.isOutage(error)) throw error;
        if (usableStale(now)) return (known as { version: number }).version;
        throw error;
      }
    },
    fresh(now = clock()) {
      return known && now < trustUntil && failure === null ? known.version : null;
    },
    forget() {
      trustUntil = Number.NEGATIVE_INFINITY;
      reading = null;
    },
    status() {
      return { version: known?.version ?? null, okAt: known?.okAt ?? null, stale: failure !== null && known !== null, error: failure };
    },
  };
}
