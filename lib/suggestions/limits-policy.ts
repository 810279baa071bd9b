// The suggestion limits' arithmetic (issue 15): at most `perIpHour` suggestions from one address within any hour
// and `perDay` in all within any 24 hours. Spam counts too (it is kept for this). Pure.

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export interface SuggestLimits {
  /** false: no limits, no minimum time and no proof of work (benchmarks, tests that are not about limits). */
  enabled: boolean;
  perIpHour: number;
  perDay: number;
  minSeconds: number;
  powBits: number;
}

function positiveInt(raw: string | undefined, fallback: number, max: number): number {
  const s = (raw ?? "").trim();
  if (!/^\d{1,9}$/.test(s)) return fallback;
  return Math.min(Number(s), max);
}

/** SUGGEST_LIMITS=off, SUGGEST_PER_IP_HOUR (5), SUGGEST_PER_DAY (200), SUGGEST_MIN_SECONDS (3), SUGGEST_POW_BITS (14). */
export function suggestLimits(env: Record<string, string | undefined> = process.env): SuggestLimits {
  return {
    enabled: (env.SUGGEST_LIMITS ?? "").trim().toLowerCase() !== "off",
    perIpHour: positiveInt(env.SUGGEST_PER_IP_HOUR, 5, 1_000_000),
    perDay: positiveInt(env.SUGGEST_PER_DAY, 200, 1_000_000),
    minSeconds: positiveInt(env.SUGGEST_MIN_SECONDS, 3, 3600),
    powBits: positiveInt(env.SUGGEST_POW_BITS, 14, 24),
  };
}

/**
 * Seconds until a new suggestion fits the window again, or null when it fits now.
 * @param times the earlier suggestions' times (any order; at least the newest `limit` of the window are needed)
 */
export function windowRetryAfter(times: readonly Date[], limit: number, windowMs: number, now: Date): number | null {
  const t = now.getTime();
  const recent = times.map((d) => d.getTime()).filter((x) => x > t - windowMs && x <= t).sort((a, b) => b - a);
  if (recent.length < limit) return null;
  if (limit <= 0) return Math.ceil(windowMs / 1000);
  // Once the limit-th newest leaves the window, limit-1 remain and one more fits.
  const leaving = recent[limit - 1] as number;
  return Math.max(1, Math.ceil((leaving + windowMs - t) / 1000));
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; by: "ip" | "global" };

export function limitDecision(ipTimes: readonly Date[], allTimes: readonly Date[], limits: SuggestLimits, now: Date): LimitDecision {
  if (!limits.enabled) return { allowed: true };
  const ip = windowRetryAfter(ipTimes, limits.perIpHour, HOUR_MS, now);
  const all = windowRetryAfter(allTimes, limits.perDay, DAY_MS, now);
  if (ip === null && all === null) return { allowed: true };
  if (all === null || (ip !== null && ip >= all)) return { allowed: false, retryAfterSeconds: ip as number, by: "ip" };
  return { allowed: false, retryAfterSeconds: all, by: "global" };
}
