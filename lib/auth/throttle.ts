import "server-only";
import { db } from "@/lib/db/client";
import { clientBucket } from "./client-bucket";
import {
  PASSWORD_CHANGE_LIMIT,
  retryAfter,
  THROTTLE_MAX_FAILURES,
  THROTTLE_WINDOW_SECONDS,
  throttleDecision,
  type ThrottleDecision,
} from "./throttle-policy";

/** Attempts are kept a day: long enough to read an attack in the audit log's company, short enough to stay small. */
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

export interface AttemptTicket {
  id: number;
  decision: ThrottleDecision;
}

/**
 * Records the attempt first and then counts, so that concurrent attempts (several instances, one database) see each
 * other: the row counts as a failure until `settleAttempt` marks it a success. A refused attempt's row is removed,
 * so hammering does not extend the lock beyond what Retry-After promised. Addresses count by clientBucket (an IPv6
 * client by its /64).
 */
export async function openAttempt(email: string, address: string, now = new Date()): Promise<AttemptTicket> {
  const ip = clientBucket(address);
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

/**
 * The sign-in throttle's store, keyed by account, for an own password change: a row per check of the current
 * password (its email and ip columns both hold `password-change:<userId>`, so it never counts towards a sign-in's
 * email or client address), counted like a sign-in attempt under PASSWORD_CHANGE_LIMIT. Settle it with
 * `settleAttempt` once the password is checked; a refused check's row is removed at once.
 */
export async function openPasswordChangeAttempt(userId: string, now = new Date()): Promise<AttemptTicket> {
  const key = `password-change:${userId}`;
  const since = new Date(now.getTime() - PASSWORD_CHANGE_LIMIT.windowSeconds * 1000);
  const row = await db.loginAttempt.create({ data: { email: key, ip: key, success: false, createdAt: now } });
  const failures = await db.loginAttempt.findMany({
    where: { email: key, success: false, createdAt: { gt: since }, id: { not: row.id } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
    take: PASSWORD_CHANGE_LIMIT.maxFailures,
  });
  const wait = retryAfter(failures.map((r) => r.createdAt), now, PASSWORD_CHANGE_LIMIT);
  if (wait === null) return { id: row.id, decision: { allowed: true } };
  await db.loginAttempt.delete({ where: { id: row.id } });
  return { id: row.id, decision: { allowed: false, retryAfterSeconds: wait, by: "email" } };
}

export async function settleAttempt(ticket: AttemptTicket, success: boolean): Promise<void> {
  if (success) await db.loginAttempt.update({ where: { id: ticket.id }, data: { success: true } });
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_ATTEMPTS_MS) } } });
}
