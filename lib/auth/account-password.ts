import "server-only";
import { generateId } from "better-auth";
import { db } from "@/lib/db/client";
import { guarded } from "@/lib/editing/guarded";
import { invalid, type MutationResult } from "@/lib/editing/types";
import { WRITE_TRANSACTION } from "@/lib/editing/transaction-limits";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { changePasswordSchema, resetPasswordSchema } from "@/lib/schemas/account";
import type { Tx } from "@/lib/editing/adapter";
import { getAuth } from "./auth";
import { writeAudit } from "./audit";
import { passwordStrengthProblem } from "./password-strength";
import { openPasswordChangeAttempt, settleAttempt } from "./throttle";
import { waitMinutes } from "./throttle-policy";
import { newResetToken, RESET_IDENTIFIER_PREFIX, RESET_LINK_MINUTES, resetIdentifier } from "./password-reset-token";

async function hashPassword(password: string): Promise<string> {
  return (await getAuth().$context).password.hash(password);
}

async function credentialHash(userId: string): Promise<string | null> {
  const account = await db.account.findFirst({ where: { userId, providerId: "credential" }, select: { password: true } });
  return account?.password ?? null;
}

/** The credential row's new hash (created when the user had none). */
async function setHash(tx: Tx, userId: string, hash: string): Promise<void> {
  const updated = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
  if (updated.count === 0) await tx.account.create({ data: { id: generateId(), userId, accountId: userId, providerId: "credential", password: hash } });
}

/**
 * The signed-in user changes their own password: the current password is required, the new one must pass the
 * strength check, and every other session of the account ends (this one stays signed in). Audited. Wrong current
 * passwords are counted per account (PASSWORD_CHANGE_LIMIT); past the limit the current password is not even
 * checked, and the field says when to try again.
 */
export async function changeOwnPassword(input: unknown): Promise<MutationResult<{ endedSessions: number }>> {
  return guarded("editor", async (actor) => {
    const parsed = changePasswordSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    const { currentPassword, newPassword } = parsed.data;
    const ticket = await openPasswordChangeAttempt(actor.userId);
    if (!ticket.decision.allowed) return invalid({ currentPassword: [`passwordChangeThrottled:${waitMinutes(ticket.decision.retryAfterSeconds)}`] });
    const stored = await credentialHash(actor.userId);
    const context = await getAuth().$context;
    const verified = stored !== null && (await context.password.verify({ hash: stored, password: currentPassword }));
    await settleAttempt(ticket, verified);
    if (!verified) return invalid({ currentPassword: ["wrongPassword"] });
    if (newPassword === currentPassword) return invalid({ newPassword: ["samePassword"] });
    const problem = passwordStrengthProblem(newPassword, actor.email);
    if (problem) return invalid({ newPassword: [`weakPassword:${problem}`] });
    const hash = await hashPassword(newPassword);
    const ended = await db.$transaction(async (tx) => {
      await setHash(tx, actor.userId, hash);
      const { count } = await tx.session.deleteMany({ where: { userId: actor.userId, id: { not: actor.sessionId } } });
      await writeAudit(tx, {
        action: "user.password-change",
        actor,
        entityType: "user",
        entityId: actor.userId,
        summary: actor.email,
        details: { endedSessions: count },
      });
      return count;
    }, WRITE_TRANSACTION);
    return { ok: true as const, data: { endedSessions: ended } };
  });
}

export type ResetLinkResult = { ok: true; token: string; email: string; expiresAt: Date } | { ok: false; problem: "unknownUser" | "disabled" };

/**
 * A one-time reset token for a user (the shell's `npm run admin:reset-password`; callers authorize first): stored
 * hashed, valid 30 minutes; a newer link replaces older ones. Audited as the CLI.
 */
export async function createPasswordResetToken(rawEmail: string, cliLabel = "cli"): Promise<ResetLinkResult> {
  const email = rawEmail.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabled: true } });
  if (!user) return { ok: false, problem: "unknownUser" };
  if (user.disabled) return { ok: false, problem: "disabled" };
  const token = newResetToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    await tx.verification.deleteMany({ where: { identifier: { startsWith: RESET_IDENTIFIER_PREFIX }, value: user.id } });
    await tx.verification.create({ data: { id: generateId(), identifier: resetIdentifier(token), value: user.id, expiresAt } });
    await writeAudit(tx, {
      action: "user.password-reset-link",
      actor: null,
      actorEmail: cliLabel,
      entityType: "user",
      entityId: user.id,
      summary: email,
      details: { email, expiresAt: expiresAt.toISOString() },
    });
  }, WRITE_TRANSACTION);
  return { ok: true, token, email, expiresAt };
}

/** Whether a reset token is usable now (the reset page shows the form, or says the link is used or expired). */
export async function resetTokenState(token: string): Promise<"valid" | "invalid" | "expired"> {
  if (token === "" || token.length > 200) return "invalid";
  const row = await db.verification.findFirst({ where: { identifier: resetIdentifier(token) }, select: { expiresAt: true } });
  if (!row) return "invalid";
  return row.expiresAt.getTime() <= Date.now() ? "expired" : "valid";
}

/**
 * Sets a new password with a reset token: once only (the token's row is deleted in the same transaction, and a
 * second use finds nothing), before it expires; every session of the account ends. Audited. No session needed.
 */
export async function resetPasswordWithToken(input: unknown, meta: { ip: string; userAgent: string }): Promise<MutationResult<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { token, newPassword } = parsed.data;
  const identifier = resetIdentifier(token);
  const row = await db.verification.findFirst({ where: { identifier } });
  if (!row) return invalid({ token: ["resetLinkInvalid"] });
  if (row.expiresAt.getTime() <= Date.now()) return invalid({ token: ["resetLinkExpired"] });
  const user = await db.user.findUnique({ where: { id: row.value }, select: { id: true, email: true, disabled: true } });
  if (!user || user.disabled) return invalid({ token: ["resetLinkInvalid"] });
  const problem = passwordStrengthProblem(newPassword, user.email);
  if (problem) return invalid({ newPassword: [`weakPassword:${problem}`] });
  const hash = await hashPassword(newPassword);
  const done = await db.$transaction(async (tx) => {
    const used = await tx.verification.deleteMany({ where: { identifier, expiresAt: { gt: new Date() } } });
    if (used.count !== 1) return false;
    await setHash(tx, user.id, hash);
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, {
      action: "user.password-reset",
      actor: null,
      actorEmail: user.email,
      ip: meta.ip,
      userAgent: meta.userAgent,
      entityType: "user",
      entityId: user.id,
      summary: user.email,
      details: { endedSessions: count },
    });
    return true;
  }, WRITE_TRANSACTION);
  return done ? { ok: true, data: { email: user.email } } : invalid({ token: ["resetLinkInvalid"] });
}
