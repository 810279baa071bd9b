import "server-only";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { setDisabledSchema } from "@/lib/schemas/user";
import { guarded } from "@/lib/editing/guarded";
import { invalid, type MutationResult } from "@/lib/editing/types";
import { changeUser } from "./change-user";

/** Admin only: disables an account (its sessions end at once, and it cannot sign in) or enables it again. */
export async function setUserDisabled(input: unknown): Promise<MutationResult<{ userId: string }>> {
  return guarded("admin", async (actor) => {
    const parsed = setDisabledSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    const { userId, disabled } = parsed.data;
    return changeUser(actor, userId, disabled ? "user.disable" : "user.enable", async (tx, user) => {
      await tx.user.update({ where: { id: user.id }, data: { disabled } });
      const ended = disabled ? (await tx.session.deleteMany({ where: { userId: user.id } })).count : 0;
      return { disabled, sessionsEnded: ended };
    });
  });
}
