// Building blocks shared by the entity schemas (one zod schema per entity, used by the admin form, the server
// action, the import and any API). Messages are error codes the admin UI translates (messages/*.admin.json,
// admin.fieldErrors); "tooLong:200" carries its limit.
import { z } from "zod";
import { isStorableText } from "./well-formed";
import { BASES } from "./vocabulary";

export const LIMITS = {
  slug: 80,
  title: 200,
  summary: 2_000,
  body: 50_000,
  source: 200,
  url: 2_000,
  formula: 2_000,
  links: 200,
  position: 100_000,
} as const;

export const STATUSES = ["draft", "published"] as const;
export type Status = (typeof STATUSES)[number];
export { BASES, type Basis } from "./vocabulary";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A string the databases can store: well-formed Unicode and no NUL (issue 16, item 6). Every text field of every
 * shared schema starts here, so the form, the action, the JSON API and the import refuse the same input.
 */
export function storableString() {
  return z.string("invalid").refine(isStorableText, "invalidText");
}

export const slugField = storableString()
  .trim()
  .min(1, "required")
  .max(LIMITS.slug, `tooLong:${LIMITS.slug}`)
  .regex(SLUG_PATTERN, "slugFormat");

/** A localized or plain text field; "" means not written yet. */
export function text(max: number) {
  return storableString().trim().max(max, `tooLong:${max}`);
}

/** Markdown: kept as typed apart from trailing whitespace, which markdown ignores. */
export function markdown(max: number = LIMITS.body) {
  return storableString().transform((s) => s.replace(/\s+$/, "")).pipe(z.string().max(max, `tooLong:${max}`));
}

export const sourceField = text(LIMITS.source);
export const positionField = z.coerce.number("invalid").int("invalid").min(0, "invalid").max(LIMITS.position, "invalid");
export const statusField = z.enum(STATUSES, "invalidChoice");
export const basisField = z.enum(BASES, "invalidChoice");

/** True for absolute http(s) URLs only: javascript:, data: and relative URLs never become links. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * An optional link: "" (or null, as stored) becomes null; anything else must be an absolute http(s) URL. Accepting
 * null keeps every schema idempotent: stored values and revision snapshots parse again unchanged.
 */
export const optionalUrlField = storableString()
  .trim()
  .max(LIMITS.url, `tooLong:${LIMITS.url}`)
  .refine((s) => s === "" || isHttpUrl(s), "invalidUrl")
  .transform((s) => (s === "" ? null : s))
  .nullable();

/** Optional text stored as null when empty (a technique's formula). */
export function optionalText(max: number) {
  return text(max)
    .transform((s) => (s === "" ? null : s))
    .nullable();
}

export const idField = z.coerce.number("invalid").int("invalid").positive("invalid");

export const linkList = z
  .array(z.object({ id: idField, basis: basisField }), "invalid")
  .max(LIMITS.links, `tooMany:${LIMITS.links}`)
  .refine((links) => new Set(links.map((l) => l.id)).size === links.length, "duplicate");

/** At least one language of the entry's name must be written. */
export function oneLanguage<T extends Record<string, unknown>>(zh: keyof T & string, en: keyof T & string) {
  return (values: T, ctx: z.RefinementCtx) => {
    const a = String(values[zh] ?? "").trim();
    const b = String(values[en] ?? "").trim();
    if (a === "" && b === "") {
      ctx.addIssue({ code: "custom", message: "requiredOneLanguage", path: [en] });
      ctx.addIssue({ code: "custom", message: "requiredOneLanguage", path: [zh] });
    }
  };
}

/** Optimistic-concurrency fields every update carries (STYLE.md 5). */
export const updateKeys = z.object({ id: idField, version: z.coerce.number("invalid").int("invalid").min(1, "invalid") });

export type FieldErrors = Record<string, string[]>;

/** Zod issues → { field: [codes] } keyed by the top-level field (links report on the list itself). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    const code = codeOf(issue);
    const list = out[key] ?? [];
    if (!list.includes(code)) list.push(code);
    out[key] = list;
  }
  return out;
}

function codeOf(issue: z.core.$ZodIssue): string {
  const known = /^(required|invalid|invalidChoice|invalidUrl|invalidEmail|invalidText|slugFormat|slugTaken|duplicate|requiredOneLanguage|unknownReference|(tooLong|tooShort|tooMany):\d+)$/;
  if (known.test(issue.message)) return issue.message;
  if (issue.code === "too_big") return issue.origin === "array" ? `tooMany:${String(issue.maximum)}` : `tooLong:${String(issue.maximum)}`;
  if (issue.code === "invalid_value") return "invalidChoice";
  return "invalid";
}
