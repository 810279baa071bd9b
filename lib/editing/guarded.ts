import "server-only";
import { requireAdmin, requireEditor } from "@/lib/auth/guard";
import { isAuthError, type Actor } from "@/lib/auth/errors";
import type { Role } from "@/lib/auth/roles";
import type { Failure } from "./types";

/**
 * Every operation starts here (STYLE.md 2): the guard runs first, and its 401/403 becomes a typed result, so that
 * actions can return it and route handlers can turn it into a status code.
 */
export async function guarded<R>(role: Role, run: (actor: Actor) => Promise<R>): Promise<R | Failure> {
  let actor: Actor;
  try {
    actor = role === "admin" ? await requireAdmin() : await requireEditor();
  } catch (error) {
    if (isAuthError(error)) return { ok: false, kind: error.code, status: error.status, message: error.message };
    throw error;
  }
  return run(actor);
}

/** HTTP status for a failure, for route handlers. */
export function statusOf(failure: Failure): number {
  switch (failure.kind) {
    case "unauthenticated":
      return 401;
    case "forbidden":
      return 403;
    case "not-found":
      return 404;
    case "conflict":
    case "in-use":
      return 409;
    case "invalid":
      return 400;
  }
}
