// The server process's log (issue #21, "Logs"; DESIGN.md, "Scale-out"):
// - every request gets an id (`X-Request-Id`: a proxy's plain-token id is kept, else a new UUID), on the request that
//   Next.js sees and on the response;
// - a failed request (5xx, or an error Next.js reported through instrumentation's onRequestError) logs one line with
//   its id, method, route, path, status, error code and duration;
// - an error's full stack is printed once per distinct error per minute (lib/log/dedupe.ts), whoever prints it:
//   Next.js logs every failed request's error through console.error, which is routed through the deduper here;
// - with LOG_FORMAT=json every console line from then on is one JSON object per line (lib/log/format.ts).
// Installed once per process from instrumentation.ts, before the server answers anything.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { format as utilFormat } from "node:util";
import { parseLogFormat } from "@/lib/server/runtime-config.mjs";
import { createStackDeduper, errorFingerprint } from "./dedupe";
import { formatLogLine, type LogFormat, type LogLevel } from "./format";
import { errorCode, REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

const STATE = Symbol.for("fusion-atlas.server-log");
/** Errors noted for requests that have not closed yet; bounded in case a request's close never comes. */
const MAX_PENDING_NOTES = 10_000;

type ConsoleMethod = (...args: unknown[]) => void;

interface State {
  format: LogFormat;
  deduper: ReturnType<typeof createStackDeduper>;
  notes: Map<string, { code: string; route: string }>;
  write: { out: ConsoleMethod; err: ConsoleMethod };
}

function state(): State | undefined {
  return (globalThis as Record<symbol, State | undefined>)[STATE];
}

/** Writes one event (info to stdout, warn and error to stderr), bypassing the console routing below. */
export function logEvent(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  const s = state();
  const line = formatLogLine({ time: new Date(), level, msg, fields }, s?.format ?? "text");
  const write = s?.write ?? { out: console.log, err: console.error };
  (level === "info" ? write.out : write.err)(line);
}

/** From instrumentation's onRequestError: the error behind this request's failure, for its one line. */
export function noteRequestError(error: unknown, headers: NodeJS.Dict<string | string[]>, route: string): void {
  const s = state();
  const id = headers[REQUEST_ID_HEADER];
  if (!s || typeof id !== "string" || isNavigationSignal(error)) return;
  if (s.notes.size >= MAX_PENDING_NOTES) s.notes.delete(s.notes.keys().next().value as string);
  if (!s.notes.has(id)) s.notes.set(id, { code: errorCode(error), route });
  // The stack, once per distinct error per minute (Next.js prints it too; whichever comes second is suppressed).
  if (error instanceof Error) printError("error", [error], error);
}

export function installServerLog(env: Record<string, string | undefined> = process.env): void {
  const g = globalThis as Record<symbol, State | undefined>;
  if (g[STATE]) return;
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const s: State = {
    format: parseLogFormat(env.LOG_FORMAT).value,
    deduper: createStackDeduper(),
    notes: new Map(),
    write: { out: original.log.bind(console), err: original.error.bind(console) },
  };
  g[STATE] = s;

  console.error = (...args: unknown[]) => routeConsole("error", args, original.error);
  console.warn = (...args: unknown[]) => routeConsole("warn", args, original.warn);
  if (s.format === "json") {
    console.log = (...args: unknown[]) => routeConsole("info", args, original.log);
    console.info = (...args: unknown[]) => routeConsole("info", args, original.info);
    console.debug = (...args: unknown[]) => routeConsole("info", args, original.debug);
  }

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function requestLogEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage | undefined, http.ServerResponse | undefined];
      if (request?.headers && response) watchRequest(s, request, response);
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}

function watchRequest(s: State, request: http.IncomingMessage, response: http.ServerResponse): void {
  const id = requestIdFrom(request.headers[REQUEST_ID_HEADER], randomUUID);
  request.headers[REQUEST_ID_HEADER] = id;
  response.setHeader("X-Request-Id", id);
  const started = performance.now();
  // Our listener comes on top of Next's own (which can reach the default cap of 10 on a busy response): raise the cap
  // by the one we add, so Node does not warn of a leak that is not one.
  response.setMaxListeners(response.getMaxListeners() + 1);
  response.once("close", () => {
    const note = s.notes.get(id);
    s.notes.delete(id);
    const status = response.statusCode;
    if (status < 500 && !note) return;
    const path = (request.url ?? "/").split("?")[0];
    logEvent("error", "request failed", {
      requestId: id,
      method: request.method,
      route: note?.route ?? path,
      path,
      status,
      code: note?.code ?? `HTTP_${status}`,
      ms: Math.round(performance.now() - started),
    });
  });
}

/** console.error / warn (and, in JSON mode, log / info / debug): errors deduplicated, JSON lines when asked. */
function routeConsole(level: LogLevel, args: unknown[], original: ConsoleMethod): void {
  const s = state();
  const error = args.find(isErrorLike);
  if (s && error) {
    printError(level, args, error, original);
    return;
  }
  if (!s || s.format === "text") {
    original.apply(console, args);
    return;
  }
  logEvent(level, stripAnsi(utilFormat(...args)));
}

function printError(level: LogLevel, args: unknown[], error: ErrorLike, original?: ConsoleMethod): void {
  const s = state();
  if (!s) return;
  const decision = s.deduper.decide(errorFingerprint(error), Date.now());
  if (!decision.print) return;
  const repeated = decision.suppressed > 0 ? decision.suppressed : undefined;
  if (s.format === "text") {
    (original ?? s.write.err).apply(console, args);
    if (repeated) s.write.err(`(the same error occurred ${repeated} more times since its stack was last printed)`);
    return;
  }
  const context = stripAnsi(utilFormat(...args.filter((a) => a !== error))).trim();
  const headline = `${error.name ?? "Error"}: ${error.message ?? ""}`;
  logEvent(level, context ? `${context} ${headline}` : headline, {
    code: errorCode(error),
    digest: typeof error.digest === "string" ? error.digest : undefined,
    repeated,
    stack: error.stack,
  });
}

/** notFound() and redirect() are thrown, but they are answers (404, 307), not failures. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_HTTP_ERROR_FALLBACK|NEXT_REDIRECT|NEXT_NOT_FOUND)/.test(digest);
}

interface ErrorLike {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  digest?: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return value instanceof Error || (typeof value === "object" && value !== null && typeof (value as ErrorLike).stack === "string" && typeof (value as ErrorLike).message === "string");
}

function stripAnsi(s: string): string {
  return s.replace(/\u001b\[[0-9;]*m/g, "");
}
