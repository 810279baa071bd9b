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
 * True when a state-changing request comes from another site. Browsers send `Origin` on every cross-origin POST and
 * `Sec-Fetch-Site` on every request; a request with neither is not from a browser, so it cannot carry a victim's
 * cookies, and it is let through (the guard still requires a session).
 */
export function isCrossSiteRequest(headers: Headers, allowed: string[] = trustedOrigins()): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === "null" || !allowed.includes(origin);
  const site = headers.get("sec-fetch-site");
  if (site === null) return false;
  return site !== "same-origin" && site !== "none";
}
