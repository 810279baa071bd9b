import "server-only";
import { requireAdmin, requireEditor } from "@/lib/auth/guard";
import { isAuthError, type Actor } from "@/lib/auth/errors";
import type { Role } from "@/lib/auth/roles";
import { errorCauses, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logEvent } from "@/lib/log/server-log";
import { isTransactionTimeout } from "@/lib/db/transaction-timeout";
import { timedOut, unavailable, type Failure } from "./types";

/**
 * Every operation starts here (STYLE.md 2): the guard runs first, and its 401/403 becomes a typed result, so that
 * actions can return it and route handlers can turn it into a status code. An unreachable database (the guard's
 * session read or the operation itself) becomes "unavailable" (503): nothing was written, and the form keeps its
 * input. So does a transaction that ran past its time limit (rolled back as a whole).
 */
export async function guarded<R>(role: Role, run: (actor: Actor) => Promise<R>): Promise<R | Failure> {
  let actor: Actor;
  try {
    actor = role === "admin" ? await requireAdmin() : await requireEditor();
  } catch (error) {
    if (isAuthError(error)) return { ok: false, kind: error.code, status: error.status, message: error.message };
    if (isDatabaseUnavailable(error)) return refused("unavailable", "session check", error, unavailable());
    throw error;
  }
  try {
    return await run(actor);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return refused("unavailable", "write", error, unavailable());
    // A transaction that ran past its limit was rolled back: nothing was saved (a 503, never a 500).
    if (isTransactionTimeout(error)) return refused("timed out", "write", error, timedOut());
    throw error;
  }
}

/**
 * A 503 says nothing of its cause to the editor; the server's log does, in one line, so that a lock wait that ran
 * out (SQLITE_BUSY), a server going away (08006, ECONNREFUSED) and a transaction past its limit (P2028) can be told
 * apart afterwards.
 */
function refused(what: string, step: string, error: unknown, failure: Failure): Failure {
  logEvent("warn", `a ${step} was refused with 503 (database ${what})`, { cause: errorCauses(error) });
  return failure;
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
    case "unavailable":
      return 503;
  }
}
