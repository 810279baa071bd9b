import "server-only";
import { requireAdmin } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  activeSessions: number;
}

/** Admin only: every account, for user management. */
export async function listUsers(): Promise<UserRow[]> {
  await requireAdmin();
  const now = new Date();
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    include: { _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } } },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
    activeSessions: u._count.sessions,
  }));
}
