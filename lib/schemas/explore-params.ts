// The explorer's parameter names and limits, without zod: the explorer's client components import these, and the
// schema that parses them (./explore-query.ts, zod) stays on the server. Keeping zod out of the browser saves ~30 kB.
import { BASES, type Basis } from "./vocabulary";

export const FACETS = ["domain", "technique", "mechanism", "challenge", "basis"] as const;
export type Facet = (typeof FACETS)[number];
/** Facets whose values are catalog entities, identified by slug. */
export const ENTITY_FACETS = ["domain", "technique", "mechanism", "challenge"] as const;
export type EntityFacet = (typeof ENTITY_FACETS)[number];

/** The basis facet's values: lib/schemas/vocabulary.ts's BASES. */
export const BASIS_VALUES = BASES;
export type BasisValue = Basis;
export const SORTS = ["relevance", "title", "updated"] as const;
export type Sort = (typeof SORTS)[number];
export const LOCALES = ["en", "zh"] as const;
export type QueryLocale = (typeof LOCALES)[number];
export const FORMATS = ["json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export const Q_MAX_LENGTH = 200;
export const PAGE_SIZE_DEFAULT = 24;
export const PAGE_SIZE_MAX = 100;
/** Far beyond any real catalog; keeps OFFSET arithmetic in safe integers. */
export const PAGE_MAX = 1_000_000;
/** More values than any facet has; bounds the size of the SQL a request can cause. */
export const VALUES_PER_FACET_MAX = 100;
