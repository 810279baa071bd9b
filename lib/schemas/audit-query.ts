// The audit-log page's filters, from the URL. Malformed values fall back to "no filter".
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/auth/audit-actions";

export const AUDIT_PAGE_SIZE = 50;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// A real calendar day (2026-02-31 is not one, though Date.parse rolls it over to March).
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  });

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

/** The earliest and latest instants the filter asks the database about: ISO 8601 years 1970–9999. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const DAY_MS = 24 * 60 * 60 * 1000;
const clamp = (t: number) => new Date(Math.min(LATEST, Math.max(EARLIEST, t)));

/**
 * The createdAt range of the filter: from the start of `from` to the end of `to`, clamped to years 1970–9999, so a
 * date such as 9999-12-31 (whose next day, year 10000, no database date holds) narrows nothing instead of failing.
 */
export function auditDateRange(query: Pick<AuditQuery, "from" | "to">): { gte?: Date; lt?: Date } | null {
  if (!query.from && !query.to) return null;
  const range: { gte?: Date; lt?: Date } = {};
  if (query.from) range.gte = clamp(Date.parse(`${query.from}T00:00:00Z`));
  if (query.to) range.lt = clamp(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS);
  return range;
}
