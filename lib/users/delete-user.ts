import "server-only";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { deleteUserSchema } from "@/lib/schemas/user";
import { guarded } from "@/lib/editing/guarded";
import { invalid, type MutationResult } from "@/lib/editing/types";
import { changeUser } from "./change-user";

/**
 * Admin only: deletes an account with its sessions and password. Its revisions and audit rows keep the email, so
 * the history still says who did what.
 */
export async function deleteUser(input: unknown): Promise<MutationResult<{ userId: string }>> {
  return guarded("admin", async (actor) => {
    const parsed = deleteUserSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    return changeUser(actor, parsed.data.userId, "user.delete", async (tx, user) => {
      await tx.user.delete({ where: { id: user.id } });
      return { role: user.role };
    });
  });
}
