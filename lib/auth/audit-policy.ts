// How much the audit log keeps of what an anonymous caller sends (issue 16, item 2). Pure, so that it is unit-tested.
// Sign-in failures, throttled attempts and refused cross-site posts are attacker-shaped: each row's strings are
// cut, repeats of one key within a window become a count on one row, and a global ceiling caps new rows a minute.

/** RFC 5321's limit for a forward path; no real address is longer. */
export const MAX_AUDIT_EMAIL = 254;
export const MAX_AUDIT_USER_AGENT = 256;
export const MAX_AUDIT_IP = 64;

/** Repeats of one (action, email, IP) within this window update the first row's count instead of adding rows. */
export const AUDIT_REPEAT_WINDOW_SECONDS = 60;
/** At most this many new anonymous sign-in rows a minute, all keys together; beyond it, repeats are only counted. */
export const AUDIT_ANONYMOUS_ROWS_PER_MINUTE = 100;

export function cut(value: string | null | undefined, max: number): string {
  const s = value ?? "";
  if (s.length <= max) return s;
  // Never leave half of a surrogate pair at the end.
  const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
  return s.slice(0, end);
}

/** The details of a row that stands for one more repeat: `count` (the first occurrence is 1) and the last time. */
export function withOneMore(detailsJson: string, at: Date, field: "count" | "overflow" = "count"): string {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(detailsJson);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) details = parsed as Record<string, unknown>;
  } catch {
    details = {};
  }
  const previous = typeof details[field] === "number" ? (details[field] as number) : field === "count" ? 1 : 0;
  return JSON.stringify({ ...details, [field]: previous + 1, lastAt: at.toISOString() });
}
