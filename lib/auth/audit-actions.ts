// Audit-log action names. Pure, so that the audit page's filter and the writers share one list.
export const AUDIT_ACTIONS = [
  "auth.login.success",
  "auth.login.failure",
  "auth.login.throttled",
  "auth.cross-site",
  "auth.logout",
  "content.create",
  "content.update",
  "content.delete",
  "content.restore",
  "content.revert",
  "content.purge",
  "catalog.import",
  "catalog.export",
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.delete",
  "user.password-change",
  "user.password-reset-link",
  "user.password-reset",
  "suggestion.accept",
  "suggestion.decline",
  "suggestion.spam",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
