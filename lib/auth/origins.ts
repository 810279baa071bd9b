// The origins allowed to post to us: APP_URL's origin plus TRUSTED_ORIGINS (DESIGN.md, "Environment").

export function appUrl(): string {
  const fromEnv = process.env.APP_URL?.trim();
  return (fromEnv && fromEnv !== "" ? fromEnv : `http://localhost:${process.env.PORT ?? "3000"}`).replace(/\/$/, "");
}

export function trustedOrigins(): string[] {
  const extra = (process.env.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((s) => {
      try {
        return [new URL(s).origin];
      } catch {
        return [];
      }
    });
  return [...new Set([new URL(appUrl()).origin, ...extra])];
}

/** Cookies get `Secure` when the public URL is https. */
export function servedOverHttps(): boolean {
  return appUrl().startsWith("https://");
}

/**
 * Why a state-changing request counts as cross-site, or null when it does not. One rule for the route handlers, the
 * sign-in route and server actions (screened in the proxy, lib/security/action-screen.ts):
 * - an `Origin` is same-site when it is the origin of the host the request was sent to (the `Host` header: the app
 *   opened at http://127.0.0.1:3000 or its LAN address), APP_URL's origin, or one of TRUSTED_ORIGINS.
 *   `X-Forwarded-Host` is not believed: any client can send it;
 * - `Origin: null` (sandboxed frames, some redirects) is cross-site;
 * - without an `Origin`, `Sec-Fetch-Site` decides (browsers send it on every request): only same-origin and none
 *   (typed by the user) pass. A request with neither is not from a browser, so it cannot carry a victim's cookies,
 *   and it is let through (the guard still requires a session).
 */
export function crossSiteReason(headers: Headers, allowed: string[] = trustedOrigins()): string | null {
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return "The request came from an opaque origin (Origin: null).";
    if (allowed.includes(origin) || isOwnHostOrigin(origin, headers.get("host"))) return null;
    return `The request came from ${origin.slice(0, 200)}, which is neither this site's address nor one of its trusted origins (APP_URL, TRUSTED_ORIGINS).`;
  }
  const site = headers.get("sec-fetch-site");
  if (site === null || site === "same-origin" || site === "none") return null;
  return `The browser reported a ${site.slice(0, 40)} request (Sec-Fetch-Site) and sent no Origin.`;
}

/** True when a state-changing request comes from another site (see crossSiteReason). */
export function isCrossSiteRequest(headers: Headers, allowed: string[] = trustedOrigins()): boolean {
  return crossSiteReason(headers, allowed) !== null;
}

function isOwnHostOrigin(origin: string, host: string | null): boolean {
  if (!host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === origin && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}
