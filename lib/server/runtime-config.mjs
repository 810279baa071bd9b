// SHUTDOWN_GRACE_MS and LOG_FORMAT (DESIGN.md, "Scale-out"): one parser each, used by the start-up validation
// (scripts/lib/env.mjs, a clear message for a bad value) and by the server process (the drain, the logger).

/** How long a drain may take before the remaining connections are cut and the process exits. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** A grace period longer than this is a typo (a process manager's own kill timeout is usually 10–30 s). */
export const MAX_SHUTDOWN_GRACE_MS = 600_000;

/** @param {string | undefined} raw */
export function parseShutdownGraceMs(raw) {
  const value = (raw ?? "").trim();
  if (value === "") return { value: DEFAULT_SHUTDOWN_GRACE_MS, error: null };
  if (!/^\d{1,9}$/.test(value) || Number(value) > MAX_SHUTDOWN_GRACE_MS) {
    return {
      value: DEFAULT_SHUTDOWN_GRACE_MS,
      error: `SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to ${MAX_SHUTDOWN_GRACE_MS}; got "${raw}".`,
    };
  }
  return { value: Number(value), error: null };
}

/** @param {string | undefined} raw */
export function parseLogFormat(raw) {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "text") return { value: "text", error: null };
  if (value === "json") return { value: "json", error: null };
  return { value: "text", error: `LOG_FORMAT must be "json" or "text"; got "${raw}".` };
}
