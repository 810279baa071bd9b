import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isDatabaseUnavailable, shortError } from "@/lib/db/unavailable";
import { createVersionTracker, STALE_LIMIT_MS, type VersionStatus, type VersionTracker } from "./version-tracker";

/**
 * The catalog version (DESIGN.md "Caching and freshness"): one row, bumped as the last statement of every editing
 * transaction, read by each instance at most once a second. Cached catalog reads are keyed on it, so an edit saved on
 * any instance reaches every instance within about a second, and the saving instance at once (it forgets the value
 * it knew as soon as its own transaction commits).
 */
export const VERSION_MAX_AGE_MS = 1000;

// On globalThis: Next.js bundles pages, server actions and route handlers separately, and they must all share what
// this process knows (a save's action forgets the version for the API's route handlers too).
interface VersionState {
  tracker: VersionTracker;
  /** For the page cache (lib/cache/page-cache-handler.mjs), which Next.js loads outside the app's bundles. */
  current?: () => Promise<number>;
  /** For the request lane (lib/server/page-store-lane.ts): the version when it is known now, without a read. */
  fresh?: () => number | null;
  /** For the proxy (lib/http/outage.ts) and /api/health: is this instance answering from a stale version? */
  status?: () => VersionStatus;
}
const state: VersionState = ((globalThis as { fusionAtlasCatalogVersion?: VersionState }).fusionAtlasCatalogVersion ??= {
  tracker: createVersionTracker({
    read: readVersion,
    maxAgeMs: VERSION_MAX_AGE_MS,
    staleLimitMs: STALE_LIMIT_MS,
    describe: shortError,
    isOutage: isDatabaseUnavailable,
  }),
});

async function readVersion(): Promise<number> {
  const row = await db.catalogState.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

/**
 * The current catalog version, at most VERSION_MAX_AGE_MS old. Concurrent callers share one query. While the primary
 * cannot be read, the last known version for up to STALE_LIMIT_MS (issue 21: cached pages and answers keep being
 * served, marked stale); after that, or with none known, the database's error.
 */
export async function catalogVersion(now = Date.now()): Promise<number> {
  return state.tracker.current(now);
}
state.current = () => catalogVersion();
state.fresh = () => state.tracker.fresh();
state.status = () => state.tracker.status();

/** What this instance knows of the catalog version (for /api/health and the stale-answer header). */
export function catalogVersionStatus(): VersionStatus {
  return state.tracker.status();
}

/** After this instance committed a catalog change: the next read asks the database again. */
export function forgetCatalogVersion(): void {
  state.tracker.forget();
}

/**
 * Inside an editing transaction, as its last statement (every transaction takes this row's lock last, so two of
 * them never wait on each other in opposite orders).
 */
export async function bumpCatalogVersion(tx: Prisma.TransactionClient, now = new Date()): Promise<void> {
  await tx.catalogState.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1, updatedAt: now },
    update: { version: { increment: 1 }, updatedAt: now },
  });
}
