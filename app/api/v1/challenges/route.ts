// GET /api/v1/challenges: { items: [{ slug, name, count, summary }] }, count = published use cases.
import { preflightResponse } from "@/lib/api/http";
import { listHandler } from "@/lib/api/lists";

export const dynamic = "force-dynamic";

export const GET = listHandler("challenge");

export function OPTIONS() {
  return preflightResponse();
}
