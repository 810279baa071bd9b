// GET /api/v1/mechanisms: { items: [{ slug, name, count, summary }] }, count = published use cases.
import { preflightResponse } from "@/lib/api/http";
import { listHandler } from "@/lib/api/lists";

export const dynamic = "force-dynamic";

export const GET = listHandler("mechanism");

export function OPTIONS() {
  return preflightResponse();
}
