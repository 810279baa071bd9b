// Read routing over optional replicas (issue 21). Generic over the client type, so it is tested with plain objects
// (replica-router.test.ts) and with real databases (replicas.test.ts).
//
// A read goes to the next healthy replica (round robin). When that replica fails with an availability error
// (refused, reset, connect or statement timeout) it is marked down and the read goes to the next healthy replica,
// and in the end to the primary. With `minVersion`, a replica is used only when its catalog version has reached it
// (the cache is filling for that version; a lagging replica must not fill it with older rows); otherwise the next
// one, then the primary. Down replicas are re-checked in the background (one probe each, after the cool-down),
// never on a visitor's request.
import { createReplicaHealth, type ReplicaHealth, type ReplicaState } from "./replica-health";
import { isDatabaseUnavailable, shortError } from "./unavailable";

export interface ReplicaRouterOptions<C> {
  primary: C;
  replicas: C[];
  /** A cheap query that succeeds only when the replica answers (the background re-check). */
  probe: (client: C) => Promise<unknown>;
  /** The replica's catalog version, for reads with `minVersion`. */
  versionOf?: (client: C) => Promise<number>;
  cooldownMs?: number;
  now?: () => number;
  /** Reports a replica that went down (for the log). */
  onDown?: (index: number, error: string) => void;
}

export interface ReplicaRouter<C> {
  /** Runs `read` on a healthy replica (or the primary); `where` says which one answered. */
  read<T>(read: (client: C, where: number | "primary") => Promise<T>, options?: { minVersion?: number }): Promise<T>;
  health: ReplicaHealth;
  /** Re-checks down replicas whose cool-down has passed (called on every read; exposed for tests). */
  recheck(): Promise<void>;
}

/** A replica error that routes the read elsewhere: unavailability, or a statement cancelled by its timeout. */
export function isReplicaFailure(error: unknown): boolean {
  return isDatabaseUnavailable(error) || /57014|statement timeout|Query read timeout/i.test(shortError(error) + String((error as Error)?.message ?? ""));
}

export function createReplicaRouter<C>(options: ReplicaRouterOptions<C>): ReplicaRouter<C> {
  const now = options.now ?? Date.now;
  const health = createReplicaHealth(options.replicas.length, { cooldownMs: options.cooldownMs });

  async function recheck(): Promise<void> {
    const due = health.takeDueForRecheck(now());
    await Promise.all(
      due.map(async (i) => {
        try {
          await options.probe(options.replicas[i] as C);
          health.probed(i, true, null, now());
        } catch (error) {
          health.probed(i, false, shortError(error), now());
        }
      }),
    );
  }

  return {
    health,
    recheck,
    async read(read, { minVersion } = {}) {
      if (options.replicas.length > 0) void recheck();
      for (const i of health.candidates()) {
        const client = options.replicas[i] as C;
        try {
          if (minVersion !== undefined && options.versionOf && (await options.versionOf(client)) < minVersion) {
            continue; // lagging: try the next one
          }
          const value = await read(client, i);
          health.succeeded(i);
          return value;
        } catch (error) {
          if (!isReplicaFailure(error)) throw error;
          health.failed(i, shortError(error), now());
          options.onDown?.(i, shortError(error));
        }
      }
      return read(options.primary, "primary");
    },
  };
}

export type { ReplicaState };
