// One-time password-reset links (issue 14): a random token, of which only a SHA-256 hash is stored (in better-auth's
// Verification table, under "password-reset:<hash>"), valid for 30 minutes. Pure helpers, no database.
import { createHash, randomBytes } from "node:crypto";

export const RESET_LINK_MINUTES = 30;
export const RESET_IDENTIFIER_PREFIX = "password-reset:";

export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored identifier for a token; the token itself is never stored. */
export function resetIdentifier(token: string): string {
  return `${RESET_IDENTIFIER_PREFIX}${createHash("sha256").update(token).digest("hex")}`;
}

export function resetLink(appUrl: string, token: string, locale: "en" | "zh" = "en"): string {
  return `${appUrl.replace(/\/+$/, "")}/${locale}/admin/reset-password?token=${encodeURIComponent(token)}`;
}
