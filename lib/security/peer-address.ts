// Records each request's socket address in a header the client cannot set (TRUSTED_PROXY_HOPS=0 uses it; see
// lib/auth/request-meta.ts). Next copies X-Forwarded-For from the client when one is sent, so the socket address is
// otherwise lost. Installed once per process from instrumentation.ts, before the server answers anything.
import http from "node:http";
import { markPeerCaptureInstalled, peerCaptureInstalled, PEER_HEADER } from "@/lib/auth/request-meta";

export function installPeerAddressCapture(): void {
  if (peerCaptureInstalled()) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage | undefined;
      if (request?.headers) request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
  markPeerCaptureInstalled();
}
