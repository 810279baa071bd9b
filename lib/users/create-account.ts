import "server-only";
import { generateId } from "better-auth";
import { db } from "@/lib/db/client";
import { getAuth } from "@/lib/auth/auth";
import { writeAudit } from "@/lib/auth/audit";
import type { Actor } from "@/lib/auth/errors";
import { passwordStrengthProblem, type StrengthProblem } from "@/lib/auth/password-strength";
import type { Role } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/editing/db-errors";
import { WRITE_TRANSACTION } from "@/lib/editing/transaction-limits";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export type CreateUserResult =
  | { ok: true; userId: string }
  | { ok: false; problem: "exists" | "invalidEmail" | StrengthProblem };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates a user with a password sign-in. The hash comes from better-auth's own hasher (scrypt), and the rows are
 * the ones its sign-in reads (user + "credential" account), so the account signs in like any other. The user, the
 * account and the audit row commit together. Callers authorize first (requireAdmin, or the CLI's shell access).
 */
export async function createUserAccount(input: NewUser, actor: Actor | null, cliLabel = "cli"): Promise<CreateUserResult> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) return { ok: false, problem: "invalidEmail" };
  const problem = passwordStrengthProblem(input.password, email);
  if (problem) return { ok: false, problem };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, problem: "exists" };

  const context = await getAuth().$context;
  const hash = await context.password.hash(input.password);
  const userId = generateId();
  const name = input.name.trim() || email.split("@")[0] || email;
  try {
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { id: userId, email, name, role: input.role, emailVerified: true } });
      await tx.account.create({ data: { id: generateId(), userId, accountId: userId, providerId: "credential", password: hash } });
      await writeAudit(tx, {
        action: "user.create",
        actor,
        actorEmail: actor ? undefined : cliLabel,
        entityType: "user",
        entityId: userId,
        summary: `${email} (${input.role})`,
        details: { email, name, role: input.role },
      });
    }, WRITE_TRANSACTION);
  } catch (error) {
    // Two creations racing for one email: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, problem: "exists" };
    throw error;
  }
  return { ok: true, userId };
}
