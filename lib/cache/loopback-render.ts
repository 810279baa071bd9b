// The proxy's page stores (explorer-page-cache.ts, public-page-cache.ts) fill a miss by asking their own server for
// the page: one request through the loopback (INTERNAL_ORIGIN, else 127.0.0.1 on PORT), marked with the store's
// per-process secret so that the proxy lets it through to Next.js, asking for uncompressed HTML (the store keeps the
// bytes; Next.js compresses each visitor's answer itself), following no redirect (a redirect is the store's to judge)
// and given up after 30 s. Each store decides for itself what to do with the answer.
//
// At most LOOPBACK_RENDERS_MAX (default 8) of these renders run at once per process; the others wait their turn, in
// order, at most 4 × that many and for at most 10 s: a render that finds the queue full, or waits longer, is given up
// (rejected), and the store lets Next.js render the request in place as for any failed render (a crawler walking
// distinct explorer queries must not make every miss wait longer and longer). A render is CPU work on a machine of a
// few cores, so more at once serve no more pages per second; what they do add is memory: 50 clients loading 50
// distinct explorer queries held 50 renders' trees in the heap at once (bench:throughput's peak RSS, issue 18). The
// renders themselves never wait on this (the proxy lets them through). This bounds the stores' renders only: the
// requests a full queue hands back to Next.js render in place as any uncached request does, without a bound of ours.
import { internalOrigin } from "./explorer-page-policy";

const RENDER_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_IN_FLIGHT = 8;
const WAIT_MS = 10_000;

export interface Limiter {
  max: number;
  running: number;
  waiting: Array<() => void>;
  /** How many may wait at once; one more is refused. */
  maxWaiting: number;
  /** How long one may wait before it is given up. */
  waitMs: number;
}
const globals = globalThis as { fusionAtlasLoopbackRenders?: Limiter };
const limiter = (globals.fusionAtlasLoopbackRenders ??= createLimiter(maxInFlight(process.env.LOOPBACK_RENDERS_MAX)));

/** A limiter of `max` renders in flight, 4 × max waiting, each for at most `waitMs`. */
export function createLimiter(max: number, waitMs = WAIT_MS): Limiter {
  return { max, running: 0, waiting: [], maxWaiting: 4 * max, waitMs };
}

/** A render's answer, its body read whole (null for a status without one). */
export interface Rendered {
  status: number;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | null;
}

/** LOOPBACK_RENDERS_MAX: a whole number of at least 1, else the default (with a warning when it was set). */
export function maxInFlight(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_MAX_IN_FLIGHT;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= 1) return value;
  console.warn(`⚠ LOOPBACK_RENDERS_MAX must be a whole number of at least 1; got "${raw}". Using ${DEFAULT_MAX_IN_FLIGHT}.`);
  return DEFAULT_MAX_IN_FLIGHT;
}

/**
 * Renders `path` through the server's own address for a store, once a place among the renders in flight is free.
 * `header` is the store's render header and `secret` its value; the visitor's user agent is passed on. The body is
 * read whole before the place is given back. Rejects when the queue is full, the wait or the render's timeout passes,
 * or the server cannot be reached.
 */
export async function loopbackRender(path: string, header: string, secret: string, request: { headers: Headers }): Promise<Rendered> {
  await turn(limiter);
  try {
    const res = await fetch(internalOrigin({ INTERNAL_ORIGIN: process.env.INTERNAL_ORIGIN, PORT: process.env.PORT }) + path, {
      headers: { [header]: secret, accept: "text/html", "accept-encoding": "identity", "user-agent": request.headers.get("user-agent") ?? "" },
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    // The body as read: the render is over once it has arrived (a cancelled body is a render cut short).
    const body = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body: [204, 205, 304].includes(res.status) ? null : body };
  } finally {
    done(limiter);
  }
}

/**
 * Waits for a place among the renders in flight (first come, first served). Rejects at once when `maxWaiting` already
 * wait, and after `waitMs` of waiting (the waiter then leaves the queue).
 */
export function turn(l: Limiter): Promise<void> {
  if (l.running < l.max) {
    l.running += 1;
    return Promise.resolve();
  }
  if (l.waiting.length >= l.maxWaiting) return Promise.reject(new Error(`${l.waiting.length} loopback renders are waiting already`));
  return new Promise((resolve, reject) => {
    const enter = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      const at = l.waiting.indexOf(enter);
      if (at !== -1) l.waiting.splice(at, 1);
      reject(new Error(`a loopback render waited ${l.waitMs} ms for its turn`));
    }, l.waitMs);
    timer.unref?.();
    l.waiting.push(enter);
  });
}

/** Gives a place back: to the first waiting render, or free. */
export function done(l: Limiter): void {
  const next = l.waiting.shift();
  if (next) next();
  else l.running -= 1;
}
