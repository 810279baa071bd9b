// GET /api/v1/traits: { items: [{ slug, name, summary, source, basis, aliases, url }] } (no count: traits have no use cases).
import type { NextRequest } from "next/server";
import { preflightResponse } from "@/lib/api/http";
import { listTraitsResponse } from "@/lib/api/traits";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest): Promise<Response> {
  return listTraitsResponse(request);
}

export function OPTIONS() {
  return preflightResponse();
}
