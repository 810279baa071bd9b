// The proxy's page stores (explorer-page-cache.ts, public-page-cache.ts) fill a miss by asking their own server for
// the page: one request through the loopback (INTERNAL_ORIGIN, else 127.0.0.1 on PORT), marked with the store's
// per-process secret so that the proxy lets it through to Next.js, asking for uncompressed HTML (the store keeps the
// bytes; Next.js compresses each visitor's answer itself), following no redirect (a redirect is the store's to judge)
// and given up after 30 s. Each store decides for itself what to do with the answer.
//
// At most LOOPBACK_RENDERS_MAX (default 8) of these renders run at once per process; the others wait their turn, in
// order. A render is CPU work on a machine of a few cores, so more at once serve no more pages per second; what they
// do add is memory: 50 clients loading 50 distinct explorer queries held 50 renders' trees in the heap at once
// (bench:throughput's peak RSS, issue 18). The renders themselves never wait on this (the proxy lets them through).
import { internalOrigin } from "./explorer-page-policy";

const RENDER_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_IN_FLIGHT = 8;

export interface Limiter {
  max: number;
  running: number;
  waiting: Array<() => void>;
}
const globals = globalThis as { fusionAtlasLoopbackRenders?: Limiter };
const limiter = (globals.fusionAtlasLoopbackRenders ??= { max: maxInFlight(process.env.LOOPBACK_RENDERS_MAX), running: 0, waiting: [] });

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
 * read whole before the place is given back. Rejects when the server cannot be reached or the timeout passes.
 */
export async function loopbackRender(path: string, header: string, secret: string, request: { headers: Headers }): Promise<Response> {
  await turn(limiter);
  try {
    const res = await fetch(internalOrigin({ INTERNAL_ORIGIN: process.env.INTERNAL_ORIGIN, PORT: process.env.PORT }) + path, {
      headers: { [header]: secret, accept: "text/html", "accept-encoding": "identity", "user-agent": request.headers.get("user-agent") ?? "" },
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    // The body as read: the render is over once it has arrived (a cancelled body is a render cut short).
    const body = await res.arrayBuffer();
    return new Response([204, 205, 304].includes(res.status) ? null : body, { status: res.status, headers: res.headers });
  } finally {
    done(limiter);
  }
}

/** Waits for a place among the renders in flight (first come, first served). */
export function turn(l: Limiter): Promise<void> {
  if (l.running < l.max) {
    l.running += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => l.waiting.push(resolve));
}

/** Gives a place back: to the first waiting render, or free. */
export function done(l: Limiter): void {
  const next = l.waiting.shift();
  if (next) next();
  else l.running -= 1;
}
