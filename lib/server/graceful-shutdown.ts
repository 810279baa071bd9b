// The bounded drain (DESIGN.md, "Scale-out"; issue #21): on SIGTERM or SIGINT the server process
// - marks itself as shutting down, so `/api/health?ready=1` answers 503 at once (lib/server/shutdown-state.ts);
// - stops listening: new connections are refused;
// - lets the requests in flight finish, each answered with `Connection: close` (when its headers are not yet sent;
//   else its socket is ended once it is done), and so is any request that still arrives on an open connection;
// - closes the keep-alive connections that carry no request, IDLE_CLOSE_DELAY_MS after the signal: a request a
//   client had already sent (still in the socket's buffer, not yet read) is then read and answered, not reset;
// - exits (with 128+signal, which scripts/start.mjs reports as 0) as soon as no connection is left, and at the latest
//   SHUTDOWN_GRACE_MS (default 10000) after the signal, cutting whatever is still open.
// scripts/start.mjs sets NEXT_MANUAL_SIG_HANDLE so that Next.js's own handler (which waited for keep-alive clients to
// go idle, answering them meanwhile: issue #21, point 4) stays out; where it is installed (a bare `next start`) both
// run and the first to finish exits. Installed once per process from instrumentation.ts.
import http from "node:http";
import net from "node:net";
import { parseShutdownGraceMs } from "./runtime-config.mjs";
import { beginShutdown, shuttingDown } from "./shutdown-state";

const INSTALLED = Symbol.for("fusion-atlas.graceful-shutdown");
const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };
/** How long after the signal connections without a request are closed (see above). */
export const IDLE_CLOSE_DELAY_MS = 200;

type Log = (level: "info" | "warn", msg: string, fields: Record<string, unknown>) => void;

export function installGracefulShutdown(log: Log, env: Record<string, string | undefined> = process.env): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const graceMs = parseShutdownGraceMs(env.SHUTDOWN_GRACE_MS).value;
  const servers = new Set<http.Server>();
  const closed = new Set<http.Server>();
  const inFlight = new Set<http.ServerResponse>();
  let answeredAfterSignal = 0;

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function drainAwareEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "connection") servers.add(this);
    else if (event === "request") {
      servers.add(this);
      const response = args[1] as http.ServerResponse | undefined;
      if (response) track(this, response);
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;

  function track(server: http.Server, response: http.ServerResponse): void {
    inFlight.add(response);
    if (shuttingDown()) {
      answeredAfterSignal += 1;
      lastOnItsConnection(response);
    }
    response.once("close", () => {
      inFlight.delete(response);
      if (shuttingDown()) setImmediate(maybeDone);
    });
  }

  /** This response is its connection's last: `Connection: close` while its headers are still to be sent. */
  function lastOnItsConnection(response: http.ServerResponse): void {
    if (!response.headersSent) {
      response.shouldKeepAlive = false;
      response.setHeader("Connection", "close");
    } else {
      response.once("finish", () => (response.socket as net.Socket | null)?.end());
    }
  }

  let startedAt = 0;
  let inFlightAtSignal = 0;
  let exitCode = 0;
  let finished = false;
  function maybeDone(): void {
    if (inFlight.size > 0) return;
    for (const server of servers) if (!closed.has(server)) return;
    finish("drained");
  }

  function finish(how: "drained" | "grace period over"): void {
    if (finished) return;
    finished = true;
    const cut = inFlight.size;
    for (const server of servers) server.closeAllConnections();
    log(how === "drained" ? "info" : "warn", "shutdown complete", { how, ms: Date.now() - startedAt, inFlightAtSignal, answeredAfterSignal, cut });
    setImmediate(() => process.exit(exitCode));
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (!beginShutdown(signal)) return;
    startedAt = Date.now();
    exitCode = EXIT_CODES[signal] ?? 128;
    inFlightAtSignal = inFlight.size;
    log("info", "shutdown started", { signal, graceMs, inFlight: inFlightAtSignal });
    for (const response of inFlight) lastOnItsConnection(response);
    for (const server of servers) {
      // A closed listener emits "close" once its last connection has ended.
      server.once("close", () => {
        closed.add(server);
        maybeDone();
      });
      // net's close, not http's: http's also closes the idle connections at once, resetting requests already sent.
      if (server.listening) net.Server.prototype.close.call(server);
    }
    setTimeout(() => {
      for (const server of servers) server.closeIdleConnections();
    }, Math.min(IDLE_CLOSE_DELAY_MS, graceMs));
    setTimeout(() => finish("grace period over"), graceMs);
    if (servers.size === 0) finish("drained");
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
