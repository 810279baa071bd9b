// Telling "the database cannot be reached right now" apart from every other error (issue 21). Such an error is a
// 503 with Retry-After (never a 500), a replica that gives one is skipped for a while, and a few of them are worth
// one retry. Pure: it reads the error objects that pg, @prisma/adapter-pg and the Prisma client throw.

/** What a 503 tells the client to wait before trying again (seconds). */
export const RETRY_AFTER_SECONDS = 5;

/** Thrown by our own code when it knows the database is away (e.g. no catalog version for too long). */
export class DatabaseUnavailableError extends Error {
  constructor(message = "The database is unavailable.") {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

// PostgreSQL SQLSTATEs: 08xxx connection exceptions; 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
// connect now (starting up / shutting down / in recovery); 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;
// Driver adapter error kinds (@prisma/driver-adapter-utils) that mean the server is not there.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma client codes: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the
// connection, P2024 timed out fetching a connection from the pool.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ECONNABORTED"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|Can't reach database server|Server has closed the connection|Client has encountered a connection error|Connection ended unexpectedly|read ECONNRESET|write EPIPE|Closed the connection|canceling statement due to statement timeout/i;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalCode?: unknown;
  meta?: unknown;
}

/** The error and everything it wraps (cause chains, Prisma's meta), at most a few levels deep. */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 8) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const like = e as ErrorLike;
    out.push(like);
    if (like.cause) queue.push(like.cause);
    if (like.meta && typeof like.meta === "object") queue.push((like.meta as { driverAdapterError?: unknown }).driverAdapterError);
  }
  return out;
}

function sqlState(e: ErrorLike): string | null {
  if (e.kind === "postgres" && typeof e.code === "string") return e.code;
  if (typeof e.originalCode === "string") return e.originalCode;
  if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return null;
}

/** True when `error` says the database could not be reached, went away mid-query, or refused connections. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.name === "DatabaseUnavailableError") return true;
    if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
    if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))) return true;
    const state = sqlState(e);
    if (state && UNAVAILABLE_SQLSTATE.test(state)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/**
 * Worth one retry after a short pause: the server is starting up (57P03) or the connection was reset (a pooled
 * connection the server dropped). `nothingSent` is false for a statement that may have run (a write whose
 * connection broke): only a refusal before anything ran (57P03, ECONNREFUSED) is retried then.
 */
export function isRetryableOnce(error: unknown, nothingSent: boolean): boolean {
  for (const e of chain(error)) {
    const state = sqlState(e);
    if (state === "57P03") return true;
    if (typeof e.message === "string" && /the database system is (starting up|not yet accepting connections)/i.test(e.message)) return true;
    if (!nothingSent) continue;
    if (e.kind === "ConnectionClosed" || e.code === "ECONNRESET" || e.code === "P1017") return true;
    if (typeof e.message === "string" && /Connection terminated|ECONNRESET|Server has closed the connection/i.test(e.message)) return true;
  }
  return false;
}

/** One short line for logs and /api/health: the first code or message found, no stack, no credentials. */
export function shortError(error: unknown): string {
  for (const e of chain(error)) {
    const state = sqlState(e);
    if (state) return state;
    if (typeof e.kind === "string" && e.kind !== "postgres") return e.kind;
    if (typeof e.code === "string") return e.code;
  }
  const first = chain(error)[0];
  const message = typeof first?.message === "string" ? first.message : String(error);
  return firstLine(message) || "error";
}

/** A message's first line, at most 120 characters, with any connection string (and its password) masked. */
function firstLine(message: string): string {
  return message.replace(/postgres(ql)?:\/\/[^\s]*/gi, "postgresql://…").split("\n")[0]?.slice(0, 120) ?? "";
}

/**
 * Every code along an error's chain, outermost first, for a log line that says why a database call failed: e.g.
 * "P1008 · SocketTimeout · SQLITE_BUSY (database is locked)" for a SQLite lock wait that ran out, where shortError
 * says only "P1008". The innermost driver message is added when there is one; connection strings are masked.
 */
export function errorCauses(error: unknown): string {
  const codes: string[] = [];
  let driverMessage: string | null = null;
  for (const e of chain(error)) {
    for (const value of [e.code, e.kind === "postgres" || e.kind === "sqlite" ? null : e.kind, e.originalCode]) {
      if (typeof value === "string" && value !== "" && !codes.includes(value)) codes.push(value);
    }
    const original = (e as { originalMessage?: unknown }).originalMessage;
    if (typeof original === "string" && original !== "") driverMessage = original;
  }
  if (codes.length === 0) return shortError(error);
  const detail = driverMessage ? ` (${firstLine(driverMessage)})` : "";
  return `${codes.join(" · ")}${detail}`;
}
