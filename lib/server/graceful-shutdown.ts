// The bounded drain (DESIGN.md, "Scale-out"; issue #21): on SIGTERM or SIGINT the server process
// - marks itself as shutting down, so `/api/health?ready=1` answers 503 at once (lib/server/shutdown-state.ts);
// - stops listening (new connections are refused) and closes its idle keep-alive connections;
// - lets the requests in flight finish, each answered with `Connection: close` (when its headers are not yet sent;
//   else its socket is closed once it is done), and so does any request that still arrives on an open connection;
// - exits as soon as no connection is left, and at the latest SHUTDOWN_GRACE_MS (default 10000) after the signal,
//   cutting whatever is still open.
// Next.js's own handler (next/dist/server/lib/start-server.js) also runs on the signal: it closes the listener and exits
// with 128+signal once every connection is gone, which scripts/start.mjs reports as a clean exit (0). Without the
// bound here it waited for keep-alive clients to go idle, and kept answering them meanwhile (issue #21, point 4).
// Installed once per process from instrumentation.ts, before the server answers anything.
import http from "node:http";
import type net from "node:net";
import { parseShutdownGraceMs } from "./runtime-config.mjs";
import { beginShutdown, shuttingDown } from "./shutdown-state";

const INSTALLED = Symbol.for("fusion-atlas.graceful-shutdown");
const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

interface Drain {
  servers: Set<http.Server>;
  /** Responses not yet closed. */
  inFlight: Set<http.ServerResponse>;
  /** Requests answered after the signal (for the closing line). */
  answeredAfterSignal: number;
}

type Log = (level: "info" | "warn", msg: string, fields: Record<string, unknown>) => void;

export function installGracefulShutdown(log: Log, env: Record<string, string | undefined> = process.env): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const graceMs = parseShutdownGraceMs(env.SHUTDOWN_GRACE_MS).value;
  const drain: Drain = { servers: new Set(), inFlight: new Set(), answeredAfterSignal: 0 };

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function drainAwareEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "connection") {
      drain.servers.add(this);
    } else if (event === "request") {
      drain.servers.add(this);
      const response = args[1] as http.ServerResponse | undefined;
      if (response) track(this, response);
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;

  function track(server: http.Server, response: http.ServerResponse): void {
    drain.inFlight.add(response);
    if (shuttingDown()) {
      drain.answeredAfterSignal += 1;
      closeAfter(response);
    }
    response.once("close", () => {
      drain.inFlight.delete(response);
      if (shuttingDown()) setImmediate(() => settle(server));
    });
  }

  /** This response is the connection's last: `Connection: close` when its headers are still to be sent. */
  function closeAfter(response: http.ServerResponse): void {
    if (!response.headersSent) {
      response.shouldKeepAlive = false;
      response.setHeader("Connection", "close");
    } else {
      // Headers already went out with keep-alive: end the socket once this response is done.
      response.once("finish", () => (response.socket as net.Socket | null)?.end());
    }
  }

  /** Closes what has gone idle; when nothing is left open, the process is done. */
  function settle(server: http.Server): void {
    server.closeIdleConnections();
    maybeDone();
  }

  let exitCode = 0;
  let doneTimer: NodeJS.Timeout | null = null;
  const closed = new Set<http.Server>();
  function maybeDone(): void {
    if (doneTimer || drain.inFlight.size > 0) return;
    for (const server of drain.servers) if (!closed.has(server)) return;
    // Next.js's handler exits as soon as its server has closed; this is the fallback when it is not installed
    // (NEXT_MANUAL_SIG_HANDLE) or has more to wait for.
    doneTimer = setTimeout(() => finish("drained"), 1_000);
  }

  let startedAt = 0;
  let inFlightAtSignal = 0;
  function finish(how: "drained" | "grace period over"): void {
    const cut = drain.inFlight.size;
    for (const server of drain.servers) server.closeAllConnections();
    log(how === "drained" ? "info" : "warn", "shutdown complete", {
      how,
      ms: Date.now() - startedAt,
      inFlightAtSignal,
      answeredAfterSignal: drain.answeredAfterSignal,
      cut,
    });
    setImmediate(() => process.exit(exitCode));
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (!beginShutdown(signal)) return;
    startedAt = Date.now();
    exitCode = EXIT_CODES[signal] ?? 128;
    inFlightAtSignal = drain.inFlight.size;
    log("info", "shutdown started", { signal, graceMs, inFlight: inFlightAtSignal });
    for (const response of drain.inFlight) closeAfter(response);
    for (const server of drain.servers) {
      // Next.js's handler may have closed it already (it runs first); closing twice is an error.
      if (server.listening) server.close();
      server.closeIdleConnections();
    }
    setTimeout(() => finish("grace period over"), graceMs);
    // A closed listener emits "close" once its last connection has ended.
    for (const server of drain.servers) {
      server.once("close", () => {
        closed.add(server);
        maybeDone();
      });
    }
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
