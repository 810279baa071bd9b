import "server-only";
import { db } from "@/lib/db/client";
import { THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_SECONDS, throttleDecision, type ThrottleDecision } from "./throttle-policy";

/** Attempts are kept a day: long enough to read an attack in the audit log's company, short enough to stay small. */
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

export interface AttemptTicket {
  id: number;
  decision: ThrottleDecision;
}

/**
 * Records the attempt first and then counts, so that concurrent attempts (several instances, one database) see each
 * other: the row counts as a failure until `settleAttempt` marks it a success. A refused attempt's row is removed,
 * so hammering does not extend the lock beyond what Retry-After promised.
 */
export async function openAttempt(email: string, ip: string, now = new Date()): Promise<AttemptTicket> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_SECONDS * 1000);
  const row = await db.loginAttempt.create({ data: { email, ip, success: false, createdAt: now } });
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: since }, id: { not: row.id } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: THROTTLE_MAX_FAILURES,
    }),
    db.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: since }, id: { not: row.id } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: THROTTLE_MAX_FAILURES,
    }),
  ]);
  const decision = throttleDecision(byEmail.map((r) => r.createdAt), byIp.map((r) => r.createdAt), now);
  if (!decision.allowed) await db.loginAttempt.delete({ where: { id: row.id } });
  return { id: row.id, decision };
}

export async function settleAttempt(ticket: AttemptTicket, success: boolean): Promise<void> {
  if (success) await db.loginAttempt.update({ where: { id: ticket.id }, data: { success: true } });
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_ATTEMPTS_MS) } } });
}
