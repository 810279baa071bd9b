import { databaseHealth } from "@/lib/health/database-health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when this instance can serve reads (its primary answers, migrations current), else 503. */
export async function GET() {
  const health = await databaseHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
