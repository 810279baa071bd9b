import "server-only";
import { writeAnonymousAudit } from "./anonymous-audit";
import { crossSiteReason } from "./origins";
import { clientIp, userAgent } from "./request-meta";

/**
 * The refusal of a cross-site state-changing request (one rule: lib/auth/origins.ts), with a message that says why,
 * audited once per caller and minute (lib/auth/anonymous-audit.ts). Null when the request is same-site.
 */
export async function refuseCrossSite(request: Request, respond: (message: string) => Response): Promise<Response | null> {
  const reason = crossSiteReason(request.headers);
  if (reason === null) return null;
  const path = new URL(request.url).pathname;
  await writeAnonymousAudit({
    action: "auth.cross-site",
    ip: clientIp(request.headers),
    userAgent: userAgent(request.headers),
    summary: `${request.method} ${path}`.slice(0, 200),
    details: { reason, origin: (request.headers.get("origin") ?? "").slice(0, 200), secFetchSite: request.headers.get("sec-fetch-site") },
  });
  return respond(`Cross-site request refused. ${reason} Open the app at its own address; an administrator can add another public address to TRUSTED_ORIGINS.`);
}
