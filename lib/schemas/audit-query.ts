// The audit-log page's filters, from the URL. Malformed values fall back to "no filter".
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/auth/audit-actions";

export const AUDIT_PAGE_SIZE = 50;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

export const auditQuery = z.object({
  action: z.preprocess(one, z.enum(["all", ...AUDIT_ACTIONS]).catch("all")).default("all"),
  actor: z.preprocess(one, z.string().trim().max(200).catch("")).default(""),
  entityType: z.preprocess(one, z.string().trim().max(40).regex(/^[a-z-]*$/).catch("")).default(""),
  from: z.preprocess(one, day.or(z.literal("")).catch("")).default(""),
  to: z.preprocess(one, day.or(z.literal("")).catch("")).default(""),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type AuditQuery = z.output<typeof auditQuery>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  return auditQuery.parse(params);
}
