import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { AuditAction } from "./audit-actions";
import type { Actor } from "./errors";
import { cut, MAX_AUDIT_EMAIL, MAX_AUDIT_IP, MAX_AUDIT_USER_AGENT } from "./audit-policy";

/** Anything that can write an audit row: the client, or a transaction (so the row commits with the change). */
export type AuditWriter = Pick<PrismaClient, "auditLog">;

export interface AuditEntry {
  action: AuditAction;
  actor?: (Pick<Actor, "email" | "ip" | "userAgent"> & { userId: string | null }) | null;
  /** For events without a signed-in actor (sign-in attempts): who it was about. */
  actorEmail?: string;
  ip?: string;
  userAgent?: string;
  entityType?: string;
  entityId?: string | number;
  summary?: string;
  details?: unknown;
}

const MAX_DETAILS = 20_000;

export async function writeAudit(client: AuditWriter, entry: AuditEntry): Promise<void> {
  let details = JSON.stringify(entry.details ?? {});
  if (details.length > MAX_DETAILS) details = JSON.stringify({ truncated: true, preview: details.slice(0, MAX_DETAILS) });
  await client.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.userId ?? null,
      actorEmail: cut(entry.actor?.email ?? entry.actorEmail, MAX_AUDIT_EMAIL),
      ip: cut(entry.actor?.ip ?? entry.ip, MAX_AUDIT_IP),
      userAgent: cut(entry.actor?.userAgent ?? entry.userAgent, MAX_AUDIT_USER_AGENT),
      entityType: entry.entityType ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      summary: (entry.summary ?? "").slice(0, 500),
      details,
    },
  });
}
