// "A full stack once per distinct error per minute" (issue #21): during an outage every failed request used to print
// a 15–25-line stack (155k lines in two minutes). The deduper says, for each error, whether its stack is due: the
// first of its kind in a window is, the rest are counted and reported with the next one that is. Pure: the clock is
// passed in.

export const STACK_WINDOW_MS = 60_000;
/** Distinct errors remembered at once; the least recently printed is forgotten first. */
export const MAX_DISTINCT_ERRORS = 1_000;

export interface StackDecision {
  /** Print the full stack now. */
  print: boolean;
  /** How many of this error were not printed since its stack last was (reported with this one when it prints). */
  suppressed: number;
}

/**
 * What makes two errors "the same": their name, code and message with the variable parts (numbers, hex ids, quoted
 * values) masked, and the first frame of the stack. "timeout after 1503 ms" and "… 1498 ms" are one error.
 */
export function errorFingerprint(error: { name?: string; message?: string; code?: unknown; stack?: string }): string {
  const message = (error.message ?? "")
    .replace(/"[^"]*"|'[^']*'/g, "'…'")
    .replace(/\b[0-9a-f]{8,}\b|\b[0-9a-f-]{36}\b/gi, "#")
    .replace(/\d+/g, "#")
    .slice(0, 300);
  const frame = (error.stack ?? "").split("\n").find((line) => /^\s+at /.test(line))?.trim() ?? "";
  return [error.name ?? "Error", typeof error.code === "string" || typeof error.code === "number" ? String(error.code) : "", message, frame].join("|");
}

export function createStackDeduper(options: { windowMs?: number; maxEntries?: number } = {}) {
  const windowMs = options.windowMs ?? STACK_WINDOW_MS;
  const maxEntries = options.maxEntries ?? MAX_DISTINCT_ERRORS;
  // Insertion order = least recently printed first (an entry is re-inserted when it prints).
  const seen = new Map<string, { printedAt: number; suppressed: number }>();
  return {
    decide(fingerprint: string, now: number): StackDecision {
      const entry = seen.get(fingerprint);
      if (entry && now - entry.printedAt < windowMs) {
        entry.suppressed += 1;
        return { print: false, suppressed: entry.suppressed };
      }
      const suppressed = entry?.suppressed ?? 0;
      seen.delete(fingerprint);
      seen.set(fingerprint, { printedAt: now, suppressed: 0 });
      if (seen.size > maxEntries) seen.delete(seen.keys().next().value as string);
      return { print: true, suppressed };
    },
    get size(): number {
      return seen.size;
    },
  };
}
