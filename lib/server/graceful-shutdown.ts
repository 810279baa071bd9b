// The bounded drain (DESIGN.md, "Scale-out"; issue #21): on SIGTERM or SIGINT the server process
// - marks itself as shutting down, so `/api/health?ready=1` answers 503 at once (lib/server/shutdown-state.ts);
// - stops listening: new connections are refused;
// - lets the requests in flight finish, each answered with `Connection: close` (when its headers are not yet sent;
//   else its connection is closed as an idle one, below), and so is any request that still arrives on an open
//   connection;
// - closes each keep-alive connection once it has carried no request for IDLE_CLOSE_AFTER_MS: a client that goes on
//   sending gets its next request answered (with `Connection: close`) instead of finding its connection reset under
//   it, and one that has gone quiet is closed within a second (the same race as any keep-alive timeout, no wider);
//   a connection with a request partly received is not idle;
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
/** How long a connection must have been without a request before the drain closes it (see above). */
export const IDLE_CLOSE_AFTER_MS = 1_000;
const IDLE_CHECK_EVERY_MS = 100;

interface SocketState {
  active: number;
  /** When its last response closed (or it connected). */
  idleSince: number;
  /** socket.bytesRead then: more since means a request is arriving. */
  readAtIdle: number;
}

type Log = (level: "info" | "warn", msg: string, fields: Record<string, unknown>) => void;

export function installGracefulShutdown(log: Log, env: Record<string, string | undefined> = process.env): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const graceMs = parseShutdownGraceMs(env.SHUTDOWN_GRACE_MS).value;
  const servers = new Set<http.Server>();
  const closed = new Set<http.Server>();
  const inFlight = new Set<http.ServerResponse>();
  const sockets = new Map<net.Socket, SocketState>();
  let answeredAfterSignal = 0;

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function drainAwareEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "connection") {
      servers.add(this);
      const socket = args[0] as net.Socket | undefined;
      if (socket) {
        sockets.set(socket, { active: 0, idleSince: Date.now(), readAtIdle: 0 });
        socket.once("close", () => sockets.delete(socket));
      }
    } else if (event === "request") {
      servers.add(this);
      const response = args[1] as http.ServerResponse | undefined;
      if (response) track(this, response);
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;

  function track(server: http.Server, response: http.ServerResponse): void {
    inFlight.add(response);
    const socket = response.socket as net.Socket | null;
    const socketState = socket ? sockets.get(socket) : undefined;
    if (socketState) socketState.active += 1;
    if (shuttingDown()) {
      answeredAfterSignal += 1;
      lastOnItsConnection(response);
    }
    response.setMaxListeners(response.getMaxListeners() + 1); // ours, on top of Next's (see lib/log/server-log.ts)
    response.once("close", () => {
      inFlight.delete(response);
      if (socket && socketState) {
        socketState.active -= 1;
        socketState.idleSince = Date.now();
        socketState.readAtIdle = socket.bytesRead;
      }
      if (shuttingDown()) setImmediate(maybeDone);
    });
  }

  /**
   * This response is its connection's last: `Connection: close` while its headers are still to be sent. One whose
   * headers went out before the signal promised keep-alive, so its connection is left open: ending it as the response
   * finished reset the client's next request, sent a moment later (seen: 0.3 ms). That request is answered with
   * `Connection: close` (track), or the connection is closed after IDLE_CLOSE_AFTER_MS without one (closeIdle).
   */
  function lastOnItsConnection(response: http.ServerResponse): void {
    if (!response.headersSent) {
      response.shouldKeepAlive = false;
      response.setHeader("Connection", "close");
    }
  }

  function closeIdle(): void {
    const now = Date.now();
    for (const [socket, st] of sockets) {
      if (st.active === 0 && socket.bytesRead === st.readAtIdle && now - st.idleSince >= IDLE_CLOSE_AFTER_MS) socket.destroy();
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
    // From the check phase (setImmediate), so that the poll phase before it has read any request already sent.
    setInterval(() => setImmediate(closeIdle), IDLE_CHECK_EVERY_MS).unref();
    setTimeout(() => finish("grace period over"), graceMs);
    if (servers.size === 0) finish("drained");
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
