import "server-only";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { setRoleSchema } from "@/lib/schemas/user";
import { guarded } from "@/lib/editing/guarded";
import { invalid, type MutationResult } from "@/lib/editing/types";
import { changeUser } from "./change-user";

/** Admin only: makes a user an admin or an editor. Takes effect on the user's next request (the guard re-reads it). */
export async function setUserRole(input: unknown): Promise<MutationResult<{ userId: string }>> {
  return guarded("admin", async (actor) => {
    const parsed = setRoleSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    const { userId, role } = parsed.data;
    return changeUser(actor, userId, "user.role", async (tx, user) => {
      await tx.user.update({ where: { id: user.id }, data: { role } });
      return { from: user.role, to: role };
    });
  });
}
