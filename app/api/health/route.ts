import { databaseHealth } from "@/lib/health/database-health";
import { notReadyResponse, wantsReadiness } from "@/lib/server/shutdown-state";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when this instance can serve reads (its primary answers, migrations current), else 503. */
export async function GET(request: Request) {
  // Readiness (`?ready=1`): 503 as soon as shutdown begins (lib/server/shutdown-state.ts), else the same as health.
  const notReady = wantsReadiness(request.url) ? notReadyResponse() : null;
  if (notReady) return notReady;
  const health = await databaseHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
