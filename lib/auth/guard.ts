import "server-only";
import { headers as requestHeaders } from "next/headers";
import { db } from "@/lib/db/client";
import { getAuth } from "./auth";
import { authorize, type SessionRecord } from "./authorize";
import { AuthError, type Actor } from "./errors";
import { clientIp, userAgent } from "./request-meta";
import type { Role } from "./roles";
import { needsTouch } from "./session-policy";

/**
 * The one guard (STYLE.md 2). Every server action, every non-GET route handler and every admin read calls it first.
 * It re-reads the session and the user from the database on every call, so a sign-out, an expiry, a disabled
 * account or a role change takes effect on the next request, on every instance. Throws AuthError (401/403).
 */
export async function requireEditor(source?: Headers): Promise<Actor> {
  return requireRole("editor", source);
}

/** Users, audit log, import/export and purge. */
export async function requireAdmin(source?: Headers): Promise<Actor> {
  return requireRole("admin", source);
}

/** The signed-in editor or admin, or null; for layouts that only choose what to show (never as the protection). */
export async function currentActor(source?: Headers): Promise<Actor | null> {
  try {
    return await requireRole("editor", source);
  } catch (error) {
    if (error instanceof AuthError) return null;
    throw error;
  }
}

async function requireRole(needed: Role, source?: Headers): Promise<Actor> {
  const h = source ?? (await requestHeaders());
  const record = await loadSession(h);
  const now = new Date();
  const decision = authorize(record, needed, now);
  if (!decision.ok) {
    // An expired, idle or disabled session is ended here, so it cannot be revived.
    if (decision.endSession && record) await db.session.deleteMany({ where: { id: record.id } });
    throw decision.error;
  }
  const session = record as SessionRecord;
  if (needsTouch(session, now)) await db.session.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
  return {
    userId: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: decision.role,
    sessionId: session.id,
    ip: clientIp(h),
    userAgent: userAgent(h),
  };
}

/** better-auth verifies the signed cookie; the session and user are then read afresh from the database. */
async function loadSession(h: Headers): Promise<SessionRecord | null> {
  if (!/(?:^|;\s*)(?:__Secure-)?atlas\.session_token=/.test(h.get("cookie") ?? "")) return null;
  const found = await getAuth().api.getSession({ headers: h, query: { disableCookieCache: true } });
  if (!found) return null;
  return db.session.findUnique({
    where: { id: found.session.id },
    select: {
      id: true,
      createdAt: true,
      updatedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabled: true } },
    },
  });
}
