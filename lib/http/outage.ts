// The proxy's part of "serve what you have when the primary is away" (issue 21). While this instance cannot read the
// catalog version from the primary, a page request is rendered through the server's own address (one loopback
// request, marked with a per-process secret so that it takes the ordinary path): what comes back as a page (cached
// pages, pages that need no database, the explorer's cached answers, reads a replica served) goes to the visitor
// marked `x-fusion-atlas-stale: primary-unreachable`; a failure (Next.js's 500) becomes a 503 with Retry-After and
// a readable page in the visitor's language. When the primary answers, nothing of this runs.
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { catalogVersionStatus, currentCatalogVersion } from "@/lib/cache/catalog-version-global.mjs";
import { internalOrigin } from "@/lib/cache/explorer-page-policy";
import { outagePageHtml, STALE_HEADER, STALE_VALUE } from "./outage-page";
import { RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";

const OUTAGE_RENDER_HEADER = "x-fusion-atlas-outage-render";
const RENDER_TIMEOUT_MS = 20_000;
// Hop-by-hop and body-framing headers that must not be copied from the loopback answer.
const DROP = new Set(["connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length", "host"]);

const globals = globalThis as { fusionAtlasOutageSecret?: string };
const secret = (globals.fusionAtlasOutageSecret ??= randomBytes(24).toString("base64url"));

/** True while this instance answers from a stale catalog version, or has none because the primary is away. */
export async function primaryUnreachable(): Promise<boolean> {
  await currentCatalogVersion(); // at most one read a second; refreshes the status below
  const status = catalogVersionStatus();
  return status !== null && status.error !== null;
}

function outage(locale: "en" | "zh", path: string): NextResponse {
  return new NextResponse(outagePageHtml(locale, path), {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store", [STALE_HEADER]: STALE_VALUE },
  });
}

/**
 * The answer to a page request while the primary is unreachable, or null to go the ordinary way (the primary is
 * fine, not a GET/HEAD, or this is the loopback render itself). Server actions (POSTs) take the ordinary way: they
 * answer "unavailable" themselves and the editor's form keeps its input.
 */
export async function pageDuringOutage(request: NextRequest, locale: "en" | "zh"): Promise<NextResponse | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.get(OUTAGE_RENDER_HEADER) === secret) return null;
  if (!(await primaryUnreachable())) return null;
  const path = request.nextUrl.pathname + request.nextUrl.search;
  const headers = new Headers();
  request.headers.forEach((value, key) => {
    if (!DROP.has(key) && key !== "accept-encoding") headers.set(key, value);
  });
  headers.set(OUTAGE_RENDER_HEADER, secret);
  headers.set("accept-encoding", "identity");
  try {
    const res = await fetch(internalOrigin({ INTERNAL_ORIGIN: process.env.INTERNAL_ORIGIN, PORT: process.env.PORT }) + path, {
      method: request.method,
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    if (res.status >= 500) {
      await res.body?.cancel();
      return outage(locale, request.nextUrl.pathname);
    }
    const out = new Headers();
    res.headers.forEach((value, key) => {
      if (!DROP.has(key) && key !== "set-cookie") out.set(key, value);
    });
    for (const cookie of res.headers.getSetCookie()) out.append("set-cookie", cookie);
    out.set(STALE_HEADER, STALE_VALUE);
    return new NextResponse(request.method === "HEAD" ? null : await res.arrayBuffer(), { status: res.status, headers: out });
  } catch {
    return outage(locale, request.nextUrl.pathname);
  }
}
