// POST /api/suggestions: a reader's suggestion (issue 15). Public (no account), same-site only, JSON in and out.
// 201 { id, statusUrl } | 400 { error: { code, message, fieldErrors? } } | 404 | 409 | 413 | 429 (Retry-After).
import { refuseCrossSite } from "@/lib/auth/cross-site";
import { clientIp } from "@/lib/auth/request-meta";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { SUGGEST_CAPS } from "@/lib/suggestions/schema";
import { submitSuggestion, type SubmitResult } from "@/lib/suggestions/submit";

export const dynamic = "force-dynamic";

const MESSAGES: Record<Exclude<SubmitResult, { ok: true }>["code"], string> = {
  invalid: "Some fields need attention.",
  robot: "This form looks as if a program filled it in (a field meant to stay empty was filled). Nothing was sent.",
  expired: "The form is too old or was changed. Reload the page and send it again; your text stays in the form.",
  work: "The browser's check did not complete. Send again; JavaScript is required for sending.",
  notFound: "There is no such published entry to suggest an edit to.",
  noChange: "The suggestion changes nothing. Change at least one field.",
  stale: "The entry's version in the form is unknown. Reload the page and send again.",
  replayed: "This form has already been sent once. Reload the page to send another suggestion.",
  tooFast: "That was quicker than a person fills in this form. Wait a few seconds and send again.",
  limited: "Too many suggestions for now. Try again later.",
};

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export async function POST(request: Request): Promise<Response> {
  const refused = await refuseCrossSite(request, (message) => json({ error: { code: "crossSite", message } }, 403));
  if (refused) return refused;
  const text = await request.text();
  if (text.length > SUGGEST_CAPS.requestBytes) return json({ error: { code: "tooLarge", message: "The suggestion is too large." } }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: { code: "invalidJson", message: "The request body is not valid JSON." } }, 400);
  }
  const locale = body && typeof body === "object" && (body as { locale?: unknown }).locale === "zh" ? "zh" : "en";
  let result: SubmitResult;
  try {
    result = await submitSuggestion(body, clientIp(request.headers));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return json({ error: { code: "unavailable", message: "The database cannot be reached right now. Try again in a few seconds." } }, 503);
    throw error;
  }
  if (result.ok) return json({ id: result.id, statusUrl: `/${locale}/suggest/status/${result.token}` }, 201);
  const error = { code: result.code, message: MESSAGES[result.code], ...("fieldErrors" in result ? { fieldErrors: result.fieldErrors } : {}) };
  if (result.status === 429) return json({ error: { ...error, retryAfterSeconds: result.retryAfterSeconds } }, 429, { "retry-after": String(result.retryAfterSeconds) });
  return json({ error }, result.status);
}
