import "server-only";
import { requireAdmin } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, auditDateRange, type AuditQuery } from "@/lib/schemas/audit-query";

export interface AuditRow {
  id: number;
  createdAt: string;
  actorEmail: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary: string;
  ip: string;
  userAgent: string;
}

/** Admin only: the audit log, newest first, filtered as the URL says (indexes: action, actorEmail, createdAt). */
export async function listAudit(query: AuditQuery): Promise<{ rows: AuditRow[]; total: number; page: number; pageCount: number }> {
  await requireAdmin();
  const createdAt = auditDateRange(query);
  const where = {
    ...(query.action !== "all" ? { action: query.action } : {}),
    ...(query.actor ? { actorEmail: { contains: query.actor } } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return {
    rows: rows.map((r) => ({
      id: r.id, createdAt: r.createdAt.toISOString(), actorEmail: r.actorEmail, action: r.action, entityType: r.entityType,
      entityId: r.entityId, summary: r.summary, ip: r.ip, userAgent: r.userAgent,
    })),
    total,
    page,
    pageCount,
  };
}
