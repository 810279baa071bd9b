// Responses of the public read API (/api/v1): CORS-open GETs, JSON errors shaped { error: { param, message } }, and a
// 500 only for genuine server faults (with a generic message; the detail goes to the server log).
import { ExploreInputError } from "@/lib/catalog/explore/engine";
import { catalogVersionStatus } from "@/lib/cache/version";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { STALE_HEADER, STALE_VALUE } from "@/lib/http/outage-page";
import type { QueryParamError } from "@/lib/schemas/explore-query";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept",
  "Access-Control-Max-Age": "86400",
};

/** Every answer is computed from the database on request; clients may keep it but must revalidate. */
const CACHE_HEADERS = { "Cache-Control": "no-cache" };

/** A client error to answer with `status` (4xx). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly param: string | null,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  static badParam(error: QueryParamError): ApiError {
    return new ApiError(400, error.param, error.message);
  }
}

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...CORS_HEADERS, ...CACHE_HEADERS, ...init.headers },
  });
}

export function textResponse(body: string, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status: 200, headers: textHeaders(contentType, headers) });
}

/** The headers of a read API answer made of a text (also the request lane's, lib/server/page-store-lane.ts). */
export function textHeaders(contentType: string, headers: Record<string, string> = {}): Record<string, string> {
  return { "Content-Type": contentType, ...CORS_HEADERS, ...CACHE_HEADERS, ...headers };
}

export function errorResponse(status: number, param: string | null, message: string): Response {
  return jsonResponse({ error: { param, message } }, { status });
}

/** The answer to a CORS preflight. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** The answer when the database cannot be reached: 503 with Retry-After, in the API's error shape. */
export function unavailableResponse(): Response {
  return jsonResponse(
    { error: { param: null, message: "The database cannot be reached right now; this answer is not in the cache. Try again in a few seconds." } },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), [STALE_HEADER]: STALE_VALUE } },
  );
}

/**
 * Runs a handler, turning input errors into 4xx, an unreachable database into a 503 with Retry-After, and anything
 * unexpected into a logged, generic 500. An answer served from the last known catalog version while the primary
 * cannot be read says so (`x-fusion-atlas-stale: primary-unreachable`).
 */
export async function handleApi(run: () => Promise<Response>): Promise<Response> {
  try {
    const response = await run();
    if (catalogVersionStatus().error !== null) response.headers.set(STALE_HEADER, STALE_VALUE);
    return response;
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.param, error.message);
    if (error instanceof ExploreInputError) return errorResponse(400, error.detail.param, error.detail.message);
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    console.error("[api/v1] unexpected error", error);
    return errorResponse(500, null, "Internal server error.");
  }
}
