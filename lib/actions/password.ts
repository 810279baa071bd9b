"use server";

// A user's own password (issue 14): the change form on /admin/account and the reset-link form. Each operation does
// its own checks (lib/auth/account-password.ts): the change runs the guard; the reset needs the one-time token.
import { headers } from "next/headers";
import { changeOwnPassword, resetPasswordWithToken } from "@/lib/auth/account-password";
import { clientIp, userAgent } from "@/lib/auth/request-meta";
import type { MutationResult } from "@/lib/editing/types";

export async function changePasswordAction(
  _previous: MutationResult<{ endedSessions: number }> | null,
  input: { currentPassword: string; newPassword: string },
): Promise<MutationResult<{ endedSessions: number }>> {
  return changeOwnPassword(input);
}

export async function resetPasswordAction(
  _previous: MutationResult<{ email: string }> | null,
  input: { token: string; newPassword: string },
): Promise<MutationResult<{ email: string }>> {
  const h = await headers();
  return resetPasswordWithToken(input, { ip: clientIp(h), userAgent: userAgent(h) });
}
