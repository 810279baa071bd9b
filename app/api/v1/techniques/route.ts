// GET /api/v1/techniques: { items: [{ slug, name, count, summary, category }] }, count = published use cases.
import { preflightResponse } from "@/lib/api/http";
import { listHandler } from "@/lib/api/lists";

export const dynamic = "force-dynamic";

export const GET = listHandler("technique");

export function OPTIONS() {
  return preflightResponse();
}
