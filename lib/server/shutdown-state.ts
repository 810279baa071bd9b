// Whether this server process is shutting down (DESIGN.md, "Scale-out": `/api/health?ready=1` answers 503 as soon as
// shutdown begins, so a load balancer drains the instance first). Set by the drain (lib/server/graceful-shutdown.ts,
// installed from instrumentation.ts) and read by the health route. The state lives on globalThis: Next.js bundles
// instrumentation and each route separately, so a module-level variable would exist once per bundle.

const STATE = Symbol.for("fusion-atlas.shutdown");

interface ShutdownState {
  /** When SIGTERM/SIGINT arrived (ms since the epoch), or null while serving normally. */
  since: number | null;
  signal: string | null;
}

function state(): ShutdownState {
  const g = globalThis as Record<symbol, ShutdownState | undefined>;
  return (g[STATE] ??= { since: null, signal: null });
}

/** Marks the process as draining; idempotent (the first signal's time is kept). Returns whether it was the first. */
export function beginShutdown(signal: string, now: number = Date.now()): boolean {
  const s = state();
  if (s.since !== null) return false;
  s.since = now;
  s.signal = signal;
  return true;
}

export function shuttingDown(): boolean {
  return state().since !== null;
}

/** Whether a request asks for readiness (`?ready=1`, also `?ready` or `?ready=true`) rather than liveness. */
export function wantsReadiness(url: string): boolean {
  const value = new URL(url, "http://localhost").searchParams.get("ready");
  return value !== null && value !== "0" && value !== "false";
}

/**
 * The readiness answer while shutting down: 503 at once, without touching the database (the drain answers it with
 * `Connection: close`, as every response during shutdown). Null while serving normally (readiness is then health).
 */
export function notReadyResponse(): Response | null {
  const s = state();
  if (s.since === null) return null;
  return Response.json(
    { ok: false, ready: false, shuttingDown: true, signal: s.signal, since: new Date(s.since).toISOString() },
    { status: 503, headers: { "Cache-Control": "no-store" } },
  );
}

/** For tests: back to serving normally. */
export function resetShutdownStateForTests(): void {
  const s = state();
  s.since = null;
  s.signal = null;
}
