// Session lifetimes. better-auth stores sessions in the database and fixes `expiresAt` at sign-in (refresh is off),
// which is the absolute expiry; the idle expiry is ours, measured from the session's last activity (`updatedAt`,
// which the guard touches at most once a minute).

/** A session ends this long after sign-in, however active it is. */
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;
/** A session ends after this long without an authenticated request. */
export const IDLE_SESSION_SECONDS = 60 * 60;
/** The guard records activity at most this often, so that reads do not turn into a write per request. */
export const TOUCH_INTERVAL_SECONDS = 60;

export interface SessionTimes {
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
}

export type SessionState = "active" | "expired" | "idle";

export function sessionState(s: SessionTimes, now: Date): SessionState {
  const t = now.getTime();
  if (t >= s.expiresAt.getTime()) return "expired";
  if (t >= s.createdAt.getTime() + ABSOLUTE_SESSION_SECONDS * 1000) return "expired";
  if (t >= s.updatedAt.getTime() + IDLE_SESSION_SECONDS * 1000) return "idle";
  return "active";
}

/** True when the session's last-activity stamp is old enough to be worth a write. */
export function needsTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.updatedAt.getTime() >= TOUCH_INTERVAL_SECONDS * 1000;
}
