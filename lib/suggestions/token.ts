// The status link's token: 24 random bytes (base64url); only its SHA-256 is stored, so a database copy cannot be
// turned into status links.
import { createHash, randomBytes } from "node:crypto";

export function newStatusToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isStatusTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(token);
}
