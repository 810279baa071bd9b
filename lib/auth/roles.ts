// Roles and what they may do: admins manage users, the audit log, import/export and purge; editors edit
// content only. Pure, so that the client-side shell and the server-side guard agree.
export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `role` is at least `needed` (admin ⊃ editor). */
export function roleAllows(role: Role, needed: Role): boolean {
  return needed === "editor" ? role === "editor" || role === "admin" : role === "admin";
}
