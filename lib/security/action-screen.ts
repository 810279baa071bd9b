// Screens server-action posts in the proxy (issue 16, items 5 and 7), so that a malformed or cross-site one gets a
// clear 4xx before React decodes it (Next answers React's decoding errors, and its own origin refusal, with 500).
// Action IDs are public (they sit in the client chunks), so no session is needed to reach this code.
import { crossSiteReason, trustedOrigins } from "@/lib/auth/origins";
import { partsOf, screenModel, type BodyVerdict } from "./action-body";

/** next.config.mjs, experimental.serverActions.bodySizeLimit ("1mb"). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/**
 * Every POST to a page is a server action: from script (a `Next-Action` header; text/plain or multipart body) or a
 * form posted without script (multipart or url-encoded, no header). Returns the refusal, or null to let it through.
 */
export async function screenServerAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const reason = crossSiteReason(request.headers);
  if (reason !== null) return refuse(403, `Cross-site server-action request refused. ${reason}`);
  const mismatch = forwardedHostMismatch(request.headers);
  if (mismatch !== null) return refuse(403, `Cross-site server-action request refused. ${mismatch}`);

  // Lower-cased only to classify: a multipart boundary is case-sensitive, so the body is parsed with the header as sent.
  const rawType = request.headers.get("content-type") ?? "";
  const type = rawType.toLowerCase();
  const scripted = request.headers.has("next-action");
  const kind = type.startsWith("multipart/form-data") ? "multipart"
    : type.startsWith("text/plain") && scripted ? "text"
    : type.startsWith("application/x-www-form-urlencoded") && !scripted ? "urlencoded"
    : null;
  if (kind === null) {
    return refuse(415, scripted
      ? "A server-action request must be text/plain or multipart/form-data."
      : "A form post must be multipart/form-data or application/x-www-form-urlencoded.");
  }

  const length = request.headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) return refuse(411, "A server-action request must declare its Content-Length.");
  if (Number(length) > MAX_ACTION_BODY_BYTES) return refuse(413, `The request body is larger than ${MAX_ACTION_BODY_BYTES} bytes.`);

  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer(); // the proxy gets its own copy of the body (Next tees it for the proxy)
  } catch {
    return refuse(400, "The request body could not be read.");
  }
  if (bytes.byteLength > MAX_ACTION_BODY_BYTES) return refuse(413, `The request body is larger than ${MAX_ACTION_BODY_BYTES} bytes.`);
  const verdict = await screenBody(kind, rawType, bytes);
  return verdict.ok ? null : refuse(400, verdict.message);
}

async function screenBody(kind: "multipart" | "text" | "urlencoded", type: string, bytes: ArrayBuffer): Promise<BodyVerdict> {
  if (kind === "urlencoded") return { ok: true };
  if (kind === "text") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: "The server-action body is not valid UTF-8." };
    }
    return screenModel(text, null);
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return { ok: false, message: "The multipart body is malformed." };
  }
  const root = form.get("0");
  // A form posted without script carries $ACTION_… fields instead of a root model; Next decodes those itself.
  if (root === null) return { ok: true };
  if (typeof root !== "string") return { ok: false, message: "The server-action arguments must be a text part." };
  return screenModel(root, partsOf(form), new Set(["0"]));
}

/**
 * Next's own action check compares Origin with X-Forwarded-Host (which any client can send when no proxy is in
 * front) and throws, answered as 500. Such a request is refused here first, with the reason.
 */
function forwardedHostMismatch(headers: Headers): string | null {
  const origin = headers.get("origin");
  const forwardedHost = headers.get("x-forwarded-host");
  if (origin === null || forwardedHost === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "The Origin header is not a URL.";
  }
  const forwarded = forwardedHost.split(",")[0]?.trim().toLowerCase() ?? "";
  if (forwarded === originHost || trustedOrigins().some((o) => new URL(o).host === originHost)) return null;
  return `The request came from ${origin.slice(0, 200)} but names ${forwarded.slice(0, 200)} in X-Forwarded-Host.`;
}
