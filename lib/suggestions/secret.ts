import "server-only";
import { randomBytes } from "node:crypto";

let fallback: string | null = null;

/**
 * The key that signs the suggestion form's challenge: the auth secret (npm start always provides one, shared by every
 * instance), else one per process (a form opened before a restart must then be sent again).
 */
export function suggestSecret(): string {
  const configured = process.env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  fallback ??= randomBytes(32).toString("hex");
  return fallback;
}
