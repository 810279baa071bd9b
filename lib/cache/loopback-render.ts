// The proxy's page stores (explorer-page-cache.ts, public-page-cache.ts) fill a miss by asking their own server for
// the page: one request through the loopback (INTERNAL_ORIGIN, else 127.0.0.1 on PORT), marked with the store's
// per-process secret so that the proxy lets it through to Next.js, asking for uncompressed HTML (the store keeps the
// bytes; Next.js compresses each visitor's answer itself), following no redirect (a redirect is the store's to judge)
// and given up after 30 s. Each store decides for itself what to do with the answer.
import { internalOrigin } from "./explorer-page-policy";

const RENDER_TIMEOUT_MS = 30_000;

/**
 * Renders `path` through the server's own address for a store. `header` is the store's render header and `secret` its
 * value; the visitor's user agent is passed on. Rejects when the server cannot be reached or the timeout passes.
 */
export function loopbackRender(path: string, header: string, secret: string, request: { headers: Headers }): Promise<Response> {
  return fetch(internalOrigin({ INTERNAL_ORIGIN: process.env.INTERNAL_ORIGIN, PORT: process.env.PORT }) + path, {
    headers: { [header]: secret, accept: "text/html", "accept-encoding": "identity", "user-agent": request.headers.get("user-agent") ?? "" },
    redirect: "manual",
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
}
