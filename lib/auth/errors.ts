// The guard's typed failure. Server actions turn it into an { error } result, route handlers into 401/403.
import type { Role } from "./roles";

export type AuthFailure = "unauthenticated" | "forbidden";

export class AuthError extends Error {
  readonly status: 401 | 403;
  constructor(readonly code: AuthFailure) {
    super(code === "unauthenticated" ? "Sign-in required." : "Your role does not allow this.");
    this.name = "AuthError";
    this.status = code === "unauthenticated" ? 401 : 403;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}

/** The signed-in person an operation acts for; written into revisions and the audit log. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  ip: string;
  userAgent: string;
}
