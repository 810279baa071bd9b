// The sign-in throttle's arithmetic (DESIGN.md, "Sign-in throttling"): within any 60-second window, five failures
// for one email, or from one IP, are allowed; the sixth attempt is refused with 429 and a Retry-After that says
// when the oldest of those five leaves the window.

export const THROTTLE_WINDOW_SECONDS = 60;
export const THROTTLE_MAX_FAILURES = 5;

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
function retryAfter(failures: Date[], now: Date): number | null {
  const windowMs = THROTTLE_WINDOW_SECONDS * 1000;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < THROTTLE_MAX_FAILURES) return null;
  // Once the MAX-th newest failure leaves the window, only MAX-1 remain and an attempt is allowed again.
  const leaving = recent[THROTTLE_MAX_FAILURES - 1] as number;
  return Math.max(1, Math.ceil((leaving + windowMs - now.getTime()) / 1000));
}
