// The sign-in throttle's arithmetic (DESIGN.md, "Sign-in throttling"): within any 60-second window, five failures
// for one email, or from one IP, are allowed; the sixth attempt is refused with 429 and a Retry-After that says
// when the oldest of those five leaves the window.

export const THROTTLE_WINDOW_SECONDS = 60;
export const THROTTLE_MAX_FAILURES = 5;

/** How many failures a window allows: the sixth within it is refused until the oldest of the five leaves. */
export interface FailureLimit {
  windowSeconds: number;
  maxFailures: number;
}

export const SIGN_IN_LIMIT: FailureLimit = { windowSeconds: THROTTLE_WINDOW_SECONDS, maxFailures: THROTTLE_MAX_FAILURES };

/**
 * A signed-in user's own password change: five wrong current passwords per account within 15 minutes (someone
 * holding a stolen session must not be able to guess the password behind it at sign-in speed).
 */
export const PASSWORD_CHANGE_LIMIT: FailureLimit = { windowSeconds: 15 * 60, maxFailures: 5 };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; by: "email" | "ip" };

/**
 * @param emailFailures times of earlier failures for this email within the window (any order)
 * @param ipFailures times of earlier failures from this IP within the window (any order)
 */
export function throttleDecision(emailFailures: Date[], ipFailures: Date[], now: Date): ThrottleDecision {
  const email = retryAfter(emailFailures, now);
  const ip = retryAfter(ipFailures, now);
  if (email === null && ip === null) return { allowed: true };
  if (ip === null || (email !== null && email >= ip)) return { allowed: false, retryAfterSeconds: email as number, by: "email" };
  return { allowed: false, retryAfterSeconds: ip, by: "ip" };
}

/** Seconds until fewer than the maximum failures remain in the window, or null when not throttled. */
export function retryAfter(failures: Date[], now: Date, limit: FailureLimit = SIGN_IN_LIMIT): number | null {
  const windowMs = limit.windowSeconds * 1000;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < limit.maxFailures) return null;
  // Once the MAX-th newest failure leaves the window, only MAX-1 remain and an attempt is allowed again.
  const leaving = recent[limit.maxFailures - 1] as number;
  return Math.max(1, Math.ceil((leaving + windowMs - now.getTime()) / 1000));
}

/** A wait in seconds as the whole minutes to tell a person ("try again in N minutes"; never 0). */
export function waitMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
