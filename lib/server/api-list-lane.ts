// The request lane of the read API: `GET /api/v1/use-cases` (one page of the explorer's query as JSON) answered as the
// request arrives, before Next.js's request handling, when its text is in the catalog text cache under the catalog
// version known now (read under a second ago, the primary reachable): the route handler's answer, made of the same
// text and headers (lib/api/http.ts `textHeaders`, next.config.mjs's every-response headers, the Vary Next.js adds to
// an app route's answer, from Next.js's own header names). A query the route refuses, CSV, `all=1`, a miss: the route
// handler answers. On when the catalog text cache is (CATALOG_CACHE) and the lanes are (PAGE_STORE_LANE); installed
// with the page lane (page-store-lane.ts).
import type http from "node:http";
import {
  NEXT_ROUTER_PREFETCH_HEADER,
  NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
  NEXT_ROUTER_STATE_TREE_HEADER,
  RSC_HEADER,
} from "next/dist/client/components/app-router-headers";
import { textHeaders } from "@/lib/api/http";
import { listTextKeyOfUseCases } from "@/lib/api/list-text-key";
import { peekCatalogText } from "@/lib/cache/cached";
import { laneVersion } from "@/lib/cache/catalog-version-global.mjs";
import { EVERY_RESPONSE_HEADERS } from "@/lib/http/security-headers.mjs";
import { parseExploreQuery } from "@/lib/schemas/explore-query";
import { answerWith, type LaneAnswer, type Middleware } from "./lane-send";

export const USE_CASE_LIST = "/api/v1/use-cases";
// Next.js's base server's Vary for an app route's answer (its compression middleware appends Accept-Encoding).
const APP_ROUTE_VARY = [RSC_HEADER, NEXT_ROUTER_STATE_TREE_HEADER, NEXT_ROUTER_PREFETCH_HEADER, NEXT_ROUTER_SEGMENT_PREFETCH_HEADER].join(", ");
const encoder = new TextEncoder();

/** Whether the API lane is on: the catalog text cache is (CATALOG_CACHE) and the lanes are (PAGE_STORE_LANE). */
export function apiListLaneOn(env: Record<string, string | undefined>): boolean {
  return env.CATALOG_CACHE !== "off" && env.PAGE_STORE_LANE !== "off";
}

/** Answers a cached `GET /api/v1/use-cases` and returns true, or returns false (touching nothing) for Next.js. */
export function answerFromApiList(request: http.IncomingMessage, response: http.ServerResponse, compress: Middleware | null): boolean {
  return answerWith(request, response, compress, () =>
    request.method === "GET" && request.url ? answerOfUseCaseList(request.url) : null,
  );
}

/** The answer for a request URL, or null for the route handler to answer. */
export function answerOfUseCaseList(url: string): LaneAnswer | null {
  const query = url.indexOf("?");
  if ((query === -1 ? url : url.slice(0, query)) !== USE_CASE_LIST) return null;
  const parsed = new URL(url, "http://localhost");
  if (parsed.pathname !== USE_CASE_LIST) return null;
  const result = parseExploreQuery(parsed.searchParams);
  if (!result.ok || result.query.format === "csv" || result.query.all) return null;
  const version = laneVersion();
  if (version === null) return null;
  const text = peekCatalogText(version, listTextKeyOfUseCases(result.query));
  if (text === undefined) return null;
  const headers = new Headers(textHeaders("application/json; charset=utf-8"));
  for (const { key, value } of EVERY_RESPONSE_HEADERS) headers.set(key, value);
  headers.set("vary", APP_ROUTE_VARY);
  return { status: 200, headers, body: encoder.encode(text) };
}
