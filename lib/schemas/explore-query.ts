// The explorer's query: one schema for the explore page and for GET /api/v1/use-cases, so both read a URL the same
// way (DESIGN.md, "API contract details"). Parsing is pure; resolving slugs to entities happens in the engine.
import { z } from "zod";

import {
  BASIS_VALUES,
  FACETS,
  FORMATS,
  LOCALES,
  PAGE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  Q_MAX_LENGTH,
  SORTS,
  VALUES_PER_FACET_MAX,
  type BasisValue,
  type EntityFacet,
  type Format,
  type QueryLocale,
  type Sort,
} from "./explore-params";

export * from "./explore-params";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 100;

/** Parameters that take a single value; repeating one is an error. */
export const SCALAR_PARAMS = ["q", "sort", "page", "pageSize", "locale", "format", "all"] as const;

export type ExploreFilters = { [F in EntityFacet]: string[] } & { basis: BasisValue[] };

export interface ExploreQuery {
  filters: ExploreFilters;
  /** Trimmed search text; "" when not searching. */
  q: string;
  sort: Sort;
  page: number;
  pageSize: number;
  locale: QueryLocale;
  format: Format;
  /** JSON only: the whole filtered set as an array instead of one page. */
  all: boolean;
}

export interface QueryParamError {
  /** The offending parameter, or null when the error is not about one parameter. */
  param: string | null;
  message: string;
}

export type ParseResult = { ok: true; query: ExploreQuery } | { ok: false; error: QueryParamError };

const slugList = (facet: string) =>
  z
    .array(
      z
        .string()
        .max(SLUG_MAX, `Each ${facet} value must be a slug of at most ${SLUG_MAX} characters.`)
        .regex(SLUG, `Each ${facet} value must be a slug such as "computer-vision".`),
    )
    .max(VALUES_PER_FACET_MAX, `At most ${VALUES_PER_FACET_MAX} ${facet} values are allowed.`)
    .transform((values) => [...new Set(values)]);

const positiveInt = (param: string, max: number, range: string) =>
  z
    .string()
    .regex(/^\d+$/, `${param} must be a whole number ${range}.`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${param} must be a whole number ${range}.`).max(max, `${param} must be a whole number ${range}.`));

/** The raw parameters, each facet as a list and each scalar as at most one string. */
const rawSchema = z.object({
  domain: slugList("domain"),
  technique: slugList("technique"),
  mechanism: slugList("mechanism"),
  challenge: slugList("challenge"),
  basis: z
    .array(z.enum(BASIS_VALUES, { error: `basis must be "article" or "editorial".` }))
    .max(BASIS_VALUES.length * 10, "Too many basis values.")
    .transform((values) => [...new Set(values)]),
  q: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .refine((s) => [...s].length <= Q_MAX_LENGTH, `q must be at most ${Q_MAX_LENGTH} characters.`),
  sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(", ")}.` }).optional(),
  page: positiveInt("page", PAGE_MAX, `from 1 to ${PAGE_MAX}`).optional(),
  pageSize: positiveInt("pageSize", PAGE_SIZE_MAX, `from 1 to ${PAGE_SIZE_MAX}`).optional(),
  locale: z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(", ")}.` }).optional(),
  format: z.enum(FORMATS, { error: `format must be one of ${FORMATS.join(", ")}.` }).optional(),
  all: z.enum(["1", "0", "true", "false"], { error: `all must be 1 or 0.` }).optional(),
});

export const exploreQuerySchema = rawSchema.transform(
  (raw): ExploreQuery => ({
    filters: { domain: raw.domain, technique: raw.technique, mechanism: raw.mechanism, challenge: raw.challenge, basis: raw.basis },
    q: raw.q,
    sort: effectiveSort(raw.sort, raw.q),
    page: raw.page ?? 1,
    pageSize: raw.pageSize ?? PAGE_SIZE_DEFAULT,
    locale: raw.locale ?? "en",
    format: raw.format ?? "json",
    all: raw.all === "1" || raw.all === "true",
  }),
);

/** Relevance is the default when searching and title otherwise; relevance without a search term means title. */
function effectiveSort(sort: Sort | undefined, q: string): Sort {
  if (sort === undefined) return q === "" ? "title" : "relevance";
  return sort === "relevance" && q === "" ? "title" : sort;
}

/** Anything a URL query can arrive as: URLSearchParams, or Next's `searchParams` record. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export function toURLSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/**
 * Parses and validates a query. Unknown parameters are ignored (cache busters, tracking tags); empty values of a
 * facet are ignored (an HTML form sends them).
 */
export function parseExploreQuery(input: SearchParamsInput): ParseResult {
  const params = toURLSearchParams(input);
  const raw: Record<string, unknown> = {};
  for (const facet of FACETS) raw[facet] = params.getAll(facet).filter((v) => v !== "");
  for (const name of SCALAR_PARAMS) {
    const values = params.getAll(name);
    if (values.length > 1) return { ok: false, error: { param: name, message: `${name} may be given only once.` } };
    if (values.length === 1) raw[name] = values[0];
  }
  const parsed = exploreQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  const param = typeof issue?.path[0] === "string" ? issue.path[0] : null;
  return { ok: false, error: { param, message: issue?.message ?? "Invalid query." } };
}

export const DEFAULT_QUERY: ExploreQuery = {
  filters: { domain: [], technique: [], mechanism: [], challenge: [], basis: [] },
  q: "",
  sort: "title",
  page: 1,
  pageSize: PAGE_SIZE_DEFAULT,
  locale: "en",
  format: "json",
  all: false,
};

/**
 * The query as URL parameters with the API's names and repeated keys, leaving out defaults. `include` picks which
 * groups to write: the page's own URL has no locale/format; an export link adds them.
 */
export function exploreQueryToSearchParams(
  query: ExploreQuery,
  include: { locale?: boolean; format?: boolean; paging?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const value of query.filters[facet]) params.append(facet, value);
  if (query.q !== "") params.set("q", query.q);
  const defaultSort: Sort = query.q === "" ? "title" : "relevance";
  if (query.sort !== defaultSort) params.set("sort", query.sort);
  if (include.paging !== false) {
    if (query.page !== 1) params.set("page", String(query.page));
    if (query.pageSize !== PAGE_SIZE_DEFAULT) params.set("pageSize", String(query.pageSize));
  }
  if (include.locale) params.set("locale", query.locale);
  if (include.format) {
    params.set("format", query.format);
    if (query.format === "json" && query.all) params.set("all", "1");
  }
  return params;
}

export function activeFilterCount(filters: ExploreFilters): number {
  return FACETS.reduce((n, f) => n + filters[f].length, 0);
}

/**
 * For pages: a query even from a partly bad URL. Each bad parameter is dropped (and reported) and the rest is kept,
 * so a mistyped link still shows something sensible.
 */
export function parseExploreQueryLenient(input: SearchParamsInput): { query: ExploreQuery; errors: QueryParamError[] } {
  const params = new URLSearchParams(toURLSearchParams(input));
  const errors: QueryParamError[] = [];
  for (let attempt = 0; attempt <= FACETS.length + SCALAR_PARAMS.length; attempt++) {
    const result = parseExploreQuery(params);
    if (result.ok) return { query: result.query, errors };
    errors.push(result.error);
    if (result.error.param === null || !params.has(result.error.param)) break;
    params.delete(result.error.param);
  }
  return { query: DEFAULT_QUERY, errors };
}
