import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit, type AuditEntry } from "./audit";
import type { AuditAction } from "./audit-actions";
import { AUDIT_ANONYMOUS_ROWS_PER_MINUTE, AUDIT_REPEAT_WINDOW_SECONDS, cut, MAX_AUDIT_EMAIL, withOneMore } from "./audit-policy";

/** The audit actions an anonymous caller can cause; they share the global ceiling. */
export const ANONYMOUS_ACTIONS = ["auth.login.failure", "auth.login.throttled", "auth.cross-site"] as const satisfies readonly AuditAction[];
type AnonymousAction = (typeof ANONYMOUS_ACTIONS)[number];

/**
 * Audits an event an anonymous caller caused (a failed or throttled sign-in, a refused cross-site post) without
 * letting the caller grow the log at will (issue 16, item 2):
 * - a repeat of one (action, email, IP) within a minute adds to the `count` of the row already written;
 * - when a minute already holds the ceiling of such rows, the event is counted (`overflow`) on the newest one;
 * - strings are cut by writeAudit (email 254, user agent 256 characters).
 */
export async function writeAnonymousAudit(entry: AuditEntry & { action: AnonymousAction }, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - AUDIT_REPEAT_WINDOW_SECONDS * 1000);
  const actorEmail = cut(entry.actorEmail, MAX_AUDIT_EMAIL);
  const repeat = await db.auditLog.findFirst({
    where: { action: entry.action, actorEmail, ip: entry.ip ?? "", createdAt: { gt: since } },
    select: { id: true, details: true },
    orderBy: { id: "asc" },
  });
  if (repeat) {
    await db.auditLog.update({ where: { id: repeat.id }, data: { details: withOneMore(repeat.details, now) } });
    return;
  }
  const minuteAgo = new Date(now.getTime() - 60_000);
  const recent = await db.auditLog.count({ where: { action: { in: [...ANONYMOUS_ACTIONS] }, createdAt: { gt: minuteAgo } } });
  if (recent >= AUDIT_ANONYMOUS_ROWS_PER_MINUTE) {
    const newest = await db.auditLog.findFirst({
      where: { action: { in: [...ANONYMOUS_ACTIONS] }, createdAt: { gt: minuteAgo } },
      select: { id: true, details: true },
      orderBy: { id: "desc" },
    });
    if (newest) await db.auditLog.update({ where: { id: newest.id }, data: { details: withOneMore(newest.details, now, "overflow") } });
    return;
  }
  await writeAudit(db, { ...entry, actorEmail, details: { ...(entry.details as Record<string, unknown> | undefined), count: 1 } });
}
