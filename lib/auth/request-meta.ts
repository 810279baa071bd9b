// Who is calling, for the audit log, the sign-in throttle and the suggestion limits: one client-address rule.

/** Stored user agents are cut here: the value is attacker-chosen and written on every failed sign-in. */
export const MAX_USER_AGENT = 256;

/**
 * The header in which the server records the socket's peer address (lib/security/peer-address.ts, installed by
 * instrumentation.ts). It is overwritten on every request, so a client cannot choose it.
 */
export const PEER_HEADER = "x-fusion-atlas-peer";

const PEER_CAPTURE = Symbol.for("fusion-atlas.peer-capture");

/** True once this process overwrites PEER_HEADER on every request; only then is that header believed. */
export function peerCaptureInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_CAPTURE] === true;
}

export function markPeerCaptureInstalled(): void {
  (globalThis as Record<symbol, unknown>)[PEER_CAPTURE] = true;
}

/**
 * TRUSTED_PROXY_HOPS (DESIGN.md, "Environment"): how many reverse proxies in front of the app append to
 * X-Forwarded-For. A bad value was refused at start-up (scripts/lib/env.mjs); here it falls back to 0.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = (env.TRUSTED_PROXY_HOPS ?? "").trim();
  if (!/^\d{1,2}$/.test(raw)) return 0;
  return Number(raw);
}

/**
 * The client's address:
 * - 0 hops (the default, the app reached directly): the socket's address; X-Forwarded-For is whatever the client
 *   sent and is ignored;
 * - N hops: the Nth address from the right of X-Forwarded-For (each proxy appends the address it saw, so the Nth
 *   from the right is the one the outermost trusted proxy saw); with fewer entries, the leftmost.
 * Outside a server that records the peer (unit tests), 0 hops falls back to X-Forwarded-For's last entry, which
 * Next sets to the socket address when the client sent none.
 */
export function clientIp(headers: Headers, hops: number = trustedProxyHops()): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  if (hops > 0) {
    const pick = forwarded.length >= hops ? forwarded[forwarded.length - hops] : forwarded[0];
    if (pick) return normalizeIp(pick);
  }
  if (peerCaptureInstalled()) {
    const peer = headers.get(PEER_HEADER)?.trim();
    return peer ? normalizeIp(peer) : "unknown";
  }
  const last = forwarded[forwarded.length - 1];
  return last ? normalizeIp(last) : "unknown";
}

function normalizeIp(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return (v4mapped ? (v4mapped[1] as string) : ip).slice(0, 64);
}

export function userAgent(headers: Headers): string {
  return (headers.get("user-agent") ?? "").slice(0, MAX_USER_AGENT);
}
