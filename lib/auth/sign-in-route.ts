import "server-only";
import { getAuth } from "./auth";
import { writeAudit } from "./audit";
import { writeAnonymousAudit } from "./anonymous-audit";
import { cut, MAX_AUDIT_EMAIL } from "./audit-policy";
import { db } from "@/lib/db/client";
import { deviceCookieFrom, deviceCookieHeader, deviceThrottleKey, newDeviceId, signDeviceToken, verifyDeviceToken } from "./device-token";
import { appUrl, servedOverHttps } from "./origins";
import { openAttempt, settleAttempt } from "./throttle";
import { clientIp, userAgent } from "./request-meta";
import { textProblem } from "@/lib/schemas/well-formed";

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
 * - a browser that has signed in to the account before (a valid device token for that email) is counted on its own
 *   instead of under the email, so strangers' failures cannot lock the owner out (issue 16, item 3);
 * - an unknown user, a wrong password and a disabled account all get the same 401 and message;
 * - text that is not well-formed Unicode or holds NUL is a 400 before anything is stored (item 6);
 * - success and failure are audited with IP and user agent, failures without letting a caller grow the log (item 2);
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
  for (const name of ["email", "password"] as const) {
    const value = fields[name];
    const problem = typeof value === "string" ? textProblem(value) : null;
    if (problem) return json({ code: "INVALID_INPUT", message: `The ${name} ${problem}.` }, 400);
  }
  const email = typeof fields.email === "string" ? cut(fields.email.trim().toLowerCase(), MAX_AUDIT_EMAIL) : "";
  const password = typeof fields.password === "string" ? fields.password : "";

  const secret = process.env.BETTER_AUTH_SECRET ?? "";
  const device = email === "" ? null : verifyDeviceToken(deviceCookieFrom(request.headers.get("cookie")), email, secret);
  const ticket = await openAttempt(device ? deviceThrottleKey(device.deviceId) : email, ip);
  if (!ticket.decision.allowed) {
    const by = ticket.decision.by === "email" && device ? "device" : ticket.decision.by;
    await writeAnonymousAudit({
      action: "auth.login.throttled",
      actorEmail: email,
      ip,
      userAgent: ua,
      summary: `throttled by ${by}`,
      details: { by, retryAfterSeconds: ticket.decision.retryAfterSeconds },
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
  // The route has already applied the one origin rule (lib/auth/origins.ts), which also accepts the app's own host
  // address; better-auth knows only APP_URL and TRUSTED_ORIGINS, so it is told the request came from APP_URL.
  forwarded.set("origin", new URL(appUrl()).origin);
  forwarded.delete("referer");
  const response = await auth.handler(
    new Request(new URL(new URL(request.url).pathname, appUrl()), {
      method: "POST",
      headers: forwarded,
      body: JSON.stringify({ email, password, rememberMe: fields.rememberMe !== false }),
    }),
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
    // This browser now knows the account: from here on its attempts are limited on their own.
    const token = signDeviceToken({ email, deviceId: device?.deviceId ?? newDeviceId(), issuedAt: Date.now() }, secret);
    headers.append("set-cookie", deviceCookieHeader(token, servedOverHttps()));
    return new Response(JSON.stringify({ ok: true, user: { id: userId, email, name: body?.user?.name ?? "" } }), { status: 200, headers });
  }

  await settleAttempt(ticket, false);
  await writeAnonymousAudit({
    action: "auth.login.failure",
    actorEmail: email,
    ip,
    userAgent: ua,
    summary: email === "" ? "malformed request" : email,
    details: { status: response.status, knownDevice: device !== null },
  });
  // Whatever better-auth said (unknown user, wrong password, no session for a disabled account, malformed email),
  // the caller learns only that it did not work.
  return json(GENERIC, 401);
}
