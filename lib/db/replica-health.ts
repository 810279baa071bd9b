// Which read replicas this instance may read from right now (issue 21: replicas are an optimization, never a
// dependency). Pure: no Prisma, no timers; the caller passes the clock. lib/db/replica-router.ts drives it.
//
// - Reads rotate over every healthy replica (round robin), so one instance spreads its load over all of them.
// - A replica that fails (connection refused or reset, connect or statement timeout) is marked down at once and
//   skipped for COOLDOWN_MS; after that it is due for a background re-check (one probe at a time), and only a
//   successful probe (or a successful read) brings it back.

/** How long a failed replica is skipped before it is re-checked in the background. */
export const REPLICA_COOLDOWN_MS = 5_000;

export interface ReplicaState {
  up: boolean;
  /** When it was last marked down (ms), or null. */
  downSince: number | null;
  /** Not before this time (ms) is a down replica re-checked. */
  recheckAt: number;
  /** A background probe is in flight. */
  probing: boolean;
  /** The last failure, short (for /api/health). */
  lastError: string | null;
  /** Reads answered by this replica. */
  reads: number;
}

export interface ReplicaHealth {
  /** Healthy replicas in the order this read should try them (a fresh rotation on every call). */
  candidates(): number[];
  /** Down replicas whose cool-down has passed and that no probe is checking yet; they are marked as probing. */
  takeDueForRecheck(now: number): number[];
  succeeded(index: number): void;
  failed(index: number, error: string, now: number): void;
  /** A background probe's outcome. */
  probed(index: number, ok: boolean, error: string | null, now: number): void;
  snapshot(): ReplicaState[];
}

export function createReplicaHealth(count: number, options: { cooldownMs?: number } = {}): ReplicaHealth {
  const cooldown = options.cooldownMs ?? REPLICA_COOLDOWN_MS;
  const states: ReplicaState[] = Array.from({ length: count }, () => ({
    up: true,
    downSince: null,
    recheckAt: 0,
    probing: false,
    lastError: null,
    reads: 0,
  }));
  let cursor = 0;

  const markDown = (state: ReplicaState, error: string, now: number) => {
    if (state.up) state.downSince = now;
    state.up = false;
    state.lastError = error.slice(0, 200);
    state.recheckAt = now + cooldown;
  };

  return {
    candidates() {
      if (count === 0) return [];
      const start = cursor;
      cursor = (cursor + 1) % count;
      const order: number[] = [];
      for (let k = 0; k < count; k += 1) {
        const i = (start + k) % count;
        if (states[i]?.up) order.push(i);
      }
      return order;
    },
    takeDueForRecheck(now) {
      const due: number[] = [];
      states.forEach((s, i) => {
        if (!s.up && !s.probing && now >= s.recheckAt) {
          s.probing = true;
          due.push(i);
        }
      });
      return due;
    },
    succeeded(index) {
      const s = states[index];
      if (!s) return;
      s.reads += 1;
      if (!s.up) {
        s.up = true;
        s.downSince = null;
      }
    },
    failed(index, error, now) {
      const s = states[index];
      if (s) markDown(s, error, now);
    },
    probed(index, ok, error, now) {
      const s = states[index];
      if (!s) return;
      s.probing = false;
      if (ok) {
        s.up = true;
        s.downSince = null;
      } else {
        markDown(s, error ?? "probe failed", now);
      }
    },
    snapshot() {
      return states.map((s) => ({ ...s }));
    },
  };
}
