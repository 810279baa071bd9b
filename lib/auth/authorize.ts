// The guard's decision, without I/O: given what the database says about the session and its user, may this
// request act with `needed`? Unit-tested; lib/auth/guard.ts feeds it.
import { AuthError } from "./errors";
import { isRole, roleAllows, type Role } from "./roles";
import { sessionState, type SessionTimes } from "./session-policy";

export interface SessionRecord extends SessionTimes {
  id: string;
  user: { id: string; email: string; name: string; role: string; disabled: boolean };
}

export type Authorization = { ok: true; role: Role } | { ok: false; error: AuthError; endSession: boolean };

export function authorize(record: SessionRecord | null, needed: Role, now: Date): Authorization {
  if (!record) return { ok: false, error: new AuthError("unauthenticated"), endSession: false };
  const state = sessionState(record, now);
  if (state !== "active") return { ok: false, error: new AuthError("unauthenticated"), endSession: true };
  if (record.user.disabled) return { ok: false, error: new AuthError("unauthenticated"), endSession: true };
  const role = record.user.role;
  // An unknown role (a hand-edited row) gets nothing rather than a guess.
  if (!isRole(role)) return { ok: false, error: new AuthError("forbidden"), endSession: false };
  if (!roleAllows(role, needed)) return { ok: false, error: new AuthError("forbidden"), endSession: false };
  return { ok: true, role };
}
