import "server-only";
import { writeAudit } from "@/lib/auth/audit";
import type { AuditAction } from "@/lib/auth/audit-actions";
import type { Actor } from "@/lib/auth/errors";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/editing/adapter";
import { invalid, notFound, type MutationResult } from "@/lib/editing/types";

/**
 * Shared by the role, disable and delete operations: an admin never changes their own account this way, so
 * there is always at least one active admin (the one acting). The change and its audit row commit together.
 */
export async function changeUser(
  actor: Actor,
  userId: string,
  action: AuditAction,
  apply: (tx: Tx, user: { id: string; email: string; role: string; disabled: boolean }) => Promise<Record<string, unknown>>,
): Promise<MutationResult<{ userId: string }>> {
  if (userId === actor.userId) return invalid({ userId: ["selfChange"] }, "You cannot change your own account here.");
  return db.$transaction(async (tx): Promise<MutationResult<{ userId: string }>> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabled: true } });
    if (!user) return notFound("No such user.");
    const details = await apply(tx, user);
    await writeAudit(tx, { action, actor, entityType: "user", entityId: user.id, summary: user.email, details: { email: user.email, ...details } });
    return { ok: true, data: { userId } };
  });
}
