// GET /api/v1/<collection> for every table entity whose registry declaration has a plain list
// (lib/schemas/registry.ts: `api.kind === "table"`, e.g. /api/v1/traits → { items: [...] }). The explorer's facet
// lists, the use cases, the fusion map and the OpenAPI document have routes of their own, which Next.js prefers to
// this dynamic segment; any other name is a JSON 404 in the API's error shape.
import type { NextRequest } from "next/server";
import { tableListHandler } from "@/lib/api/entity-list";
import { errorResponse, preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, context: { params: Promise<{ collection: string }> }): Promise<Response> {
  const { collection } = await context.params;
  const handler = tableListHandler(collection);
  if (!handler) return errorResponse(404, null, `There is no API list called "${collection.slice(0, 60)}".`);
  return handler(request);
}

export const OPTIONS = preflightResponse;
