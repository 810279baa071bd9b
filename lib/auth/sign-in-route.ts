import "server-only";
import { getAuth } from "./auth";
import { writeAudit } from "./audit";
import { db } from "@/lib/db/client";
import { openAttempt, settleAttempt } from "./throttle";
import { clientIp, userAgent } from "./request-meta";
import { THROTTLE_WINDOW_SECONDS } from "./throttle-policy";

/** Sign-in bodies are an email and a password; anything much larger is not a sign-in. */
export const MAX_SIGN_IN_BODY_BYTES = 8 * 1024;

const GENERIC = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" } as const;

function json(body: unknown, status: number, extra: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...extra } });
}

/**
 * POST /api/auth/sign-in/email, wrapped around better-auth's handler (DESIGN.md, "Sign-in throttling"):
 * - the 6th failure within a minute for one email, or from one IP, gets 429 with Retry-After, before any password
 *   is checked, so a correct guess in a burst does not get in either;
 * - an unknown user, a wrong password and a disabled account all get the same 401 and message;
 * - success and failure are audited with IP and user agent;
 * - a session the browser already held is ended, so every sign-in starts a fresh token;
 * - the session token is kept out of the JSON body: it lives only in the HttpOnly cookie.
 */
export async function handleSignIn(request: Request): Promise<Response> {
  const ip = clientIp(request.headers);
  const ua = userAgent(request.headers);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_SIGN_IN_BODY_BYTES) return json({ code: "PAYLOAD_TOO_LARGE", message: "Request body too large" }, 413);
  const raw = await request.text();
  if (Buffer.byteLength(raw) > MAX_SIGN_IN_BODY_BYTES) return json({ code: "PAYLOAD_TOO_LARGE", message: "Request body too large" }, 413);

  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const fields = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const email = typeof fields.email === "string" ? fields.email.trim().toLowerCase().slice(0, 320) : "";
  const password = typeof fields.password === "string" ? fields.password : "";

  const ticket = await openAttempt(email, ip);
  if (!ticket.decision.allowed) {
    // One audit row per email and IP per window: a flood of refused attempts must not flood the log too.
    const since = new Date(Date.now() - THROTTLE_WINDOW_SECONDS * 1000);
    const logged = await db.auditLog.findFirst({
      where: { action: "auth.login.throttled", actorEmail: email, ip, createdAt: { gt: since } },
      select: { id: true },
    });
    if (!logged) await writeAudit(db, {
      action: "auth.login.throttled",
      actorEmail: email,
      ip,
      userAgent: ua,
      summary: `throttled by ${ticket.decision.by}`,
      details: { by: ticket.decision.by, retryAfterSeconds: ticket.decision.retryAfterSeconds },
    });
    const seconds = ticket.decision.retryAfterSeconds;
    return json({ code: "TOO_MANY_ATTEMPTS", message: "Too many sign-in attempts. Try again later.", retryAfterSeconds: seconds }, 429, {
      "Retry-After": String(seconds),
    });
  }

  const auth = getAuth();
  const previous = await auth.api.getSession({ headers: request.headers, query: { disableCookieCache: true } }).catch(() => null);

  const forwarded = new Headers(request.headers);
  forwarded.set("content-type", "application/json");
  forwarded.delete("content-length");
  const response = await auth.handler(
    new Request(request.url, { method: "POST", headers: forwarded, body: JSON.stringify({ email, password, rememberMe: fields.rememberMe !== false }) }),
  );

  if (response.ok) {
    const body = (await response.json().catch(() => null)) as { user?: { id?: string; email?: string; name?: string } } | null;
    const userId = body?.user?.id ?? null;
    await settleAttempt(ticket, true);
    if (previous) await db.session.deleteMany({ where: { id: previous.session.id } });
    await writeAudit(db, {
      action: "auth.login.success",
      actor: userId ? { userId, email, ip, userAgent: ua } : null,
      actorEmail: email,
      ip,
      userAgent: ua,
      entityType: "user",
      entityId: userId ?? undefined,
      summary: email,
    });
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.set("content-type", "application/json");
    headers.set("cache-control", "no-store");
    return new Response(JSON.stringify({ ok: true, user: { id: userId, email, name: body?.user?.name ?? "" } }), { status: 200, headers });
  }

  await settleAttempt(ticket, false);
  await writeAudit(db, {
    action: "auth.login.failure",
    actorEmail: email,
    ip,
    userAgent: ua,
    summary: email === "" ? "malformed request" : email,
    details: { status: response.status },
  });
  // Whatever better-auth said (unknown user, wrong password, no session for a disabled account, malformed email),
  // the caller learns only that it did not work.
  return json(GENERIC, 401);
}
