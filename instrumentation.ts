// Runs once per server process before it answers requests (Next.js instrumentation hook).
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The catalog version's reader, registered now: Next.js's page cache and the proxy's page stores key on it, and until
  // some page that reads the database had loaded it, a fresh server stored nothing (every cached page rendered anew).
  await import("./lib/cache/version");
  // First, so that it runs inside the request patches below (request id, peer address, drain): stored pages answered
  // before Next.js's request handling.
  const { installPageStoreLane } = await import("./lib/server/page-store-lane");
  installPageStoreLane();
  const { installPeerAddressCapture } = await import("./lib/security/peer-address");
  installPeerAddressCapture();
  // Request ids, one line per failed request, stacks once per distinct error per minute, LOG_FORMAT=json.
  const { installServerLog, logEvent } = await import("./lib/log/server-log");
  installServerLog();
  // SIGTERM/SIGINT: readiness fails at once, a drain bounded by SHUTDOWN_GRACE_MS, then exit.
  const { installGracefulShutdown } = await import("./lib/server/graceful-shutdown");
  installGracefulShutdown(logEvent);
  // Suggestions' personal data (email, IP) is deleted 90 days after the decision: now and then daily (issue 15).
  const { scheduleSuggestionCleanup } = await import("./lib/suggestions/cleanup-schedule");
  scheduleSuggestionCleanup((message) => console.log(message));
}

/** A request failed with an error Next.js caught: its code and route go into the request's one log line. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteRequestError } = await import("./lib/log/server-log");
  noteRequestError(error, request.headers, context.routePath);
};
