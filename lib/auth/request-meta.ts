// Who is calling, for the audit log and the per-IP throttle.

const MAX_USER_AGENT = 512;

/**
 * The client's IP address. Next's server sets `x-forwarded-for` to the socket address when the request has none;
 * behind a proxy, the last entry is the one our nearest proxy appended, so that is the one we trust (the entries
 * before it are whatever the client sent). When Next is exposed directly, a client can choose this value, which
 * weakens only the per-IP limit; the per-email limit does not depend on it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    const last = parts[parts.length - 1];
    if (last) return normalizeIp(last);
  }
  const real = headers.get("x-real-ip")?.trim();
  return real ? normalizeIp(real) : "unknown";
}

function normalizeIp(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return (v4mapped ? (v4mapped[1] as string) : ip).slice(0, 64);
}

export function userAgent(headers: Headers): string {
  return (headers.get("user-agent") ?? "").slice(0, MAX_USER_AGENT);
}
