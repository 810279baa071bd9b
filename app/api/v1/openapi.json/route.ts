// GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API.
import { jsonResponse, preflightResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/lib/seo/site-url";

export const dynamic = "force-dynamic";

export function GET() {
  return jsonResponse(openApiDocument(siteUrl()));
}

export function OPTIONS() {
  return preflightResponse();
}
