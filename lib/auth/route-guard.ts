import "server-only";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { isAuthError, type Actor } from "./errors";
import { requireAdmin, requireEditor } from "./guard";
import { refuseCrossSite } from "./cross-site";
import type { Role } from "./roles";

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** 503 with Retry-After: the database could not be reached, nothing was written (issue 21). */
export function unavailableJson(): Response {
  return Response.json(
    { error: { code: "unavailable", message: "The database cannot be reached right now, so nothing was saved. Try again in a few seconds." } },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}

/**
 * The first lines of every state-changing admin route handler: refuse cross-site requests (Origin /
 * Sec-Fetch-Site), then run the guard (401 without a session, 403 for the wrong role), before any body is read.
 */
export async function protect(request: Request, role: Role, handle: (actor: Actor) => Promise<Response>): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    const refused = await refuseCrossSite(request, (message) => json({ error: { code: "cross-site", message } }, 403));
    if (refused) return refused;
  }
  let actor: Actor;
  try {
    actor = role === "admin" ? await requireAdmin(request.headers) : await requireEditor(request.headers);
  } catch (error) {
    if (isAuthError(error)) return json({ error: { code: error.code, message: error.message } }, error.status);
    if (isDatabaseUnavailable(error)) return unavailableJson();
    throw error;
  }
  try {
    return await handle(actor);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailableJson();
    throw error;
  }
}

/** The body as text, or a 413 response when it is larger than `maxBytes` (declared or actual). */
export async function readLimited(request: Request, maxBytes: number): Promise<string | Response> {
  const tooLarge = () => json({ error: { code: "too-large", message: `The request body is larger than ${maxBytes} bytes.` } }, 413);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
