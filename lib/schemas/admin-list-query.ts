// The admin lists' URL state (STYLE.md 7): search, filters, sort and page live in the query string, so a shared
// link reproduces the view. Anything malformed falls back to the default rather than failing.
import { z } from "zod";
import { isStorableText } from "./well-formed";

export const LIST_SORTS = ["updated", "title", "slug", "position"] as const;
export const LIST_STATUSES = ["all", "draft", "published"] as const;
export const LIST_TRANSLATIONS = ["all", "complete", "missing-zh", "missing-en"] as const;
export const LIST_PAGE_SIZE = 25;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const adminListQuery = z.object({
  // A NUL (or a lone surrogate) cannot be a search term, and PostgreSQL refuses it as a query parameter.
  q: z.preprocess(one, z.string().refine(isStorableText).trim().max(200).catch("")).default(""),
  status: z.preprocess(one, z.enum(LIST_STATUSES).catch("all")).default("all"),
  translation: z.preprocess(one, z.enum(LIST_TRANSLATIONS).catch("all")).default("all"),
  sort: z.preprocess(one, z.enum(LIST_SORTS).catch("updated")).default("updated"),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type AdminListQuery = z.output<typeof adminListQuery>;

export function parseListQuery(params: Record<string, string | string[] | undefined>): AdminListQuery {
  return adminListQuery.parse(params);
}
