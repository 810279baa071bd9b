import "server-only";
import { createUserAccount } from "@/lib/users/create-account";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { createUserSchema } from "@/lib/schemas/user";
import { guarded } from "@/lib/editing/guarded";
import { invalid, type MutationResult } from "@/lib/editing/types";

/** Admin only: a new editor or admin with a password (same path as `npm run admin:create`). Audited. */
export async function createUser(input: unknown): Promise<MutationResult<{ userId: string }>> {
  return guarded("admin", async (actor) => {
    const parsed = createUserSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    const result = await createUserAccount(parsed.data, actor);
    if (result.ok) return { ok: true as const, data: { userId: result.userId } };
    if (result.problem === "exists") return invalid({ email: ["emailTaken"] });
    if (result.problem === "invalidEmail") return invalid({ email: ["invalidEmail"] });
    return invalid({ password: [`weakPassword:${result.problem}`] });
  });
}
