// Shapes shared by the explorer engine and its storage backends.
import type { BasisValue, EntityFacet, Sort } from "@/lib/schemas/explore-query";

/** A published catalog entity that can be a facet value. */
export interface FacetEntity {
  id: number;
  slug: string;
  nameZh: string;
  nameEn: string;
  summaryZh: string;
  summaryEn: string;
  position: number;
  /** Other names, zh and en. */
  aliasesZh: string[];
  aliasesEn: string[];
  /** Both languages' aliases, for search (lib/search/aliases.ts). */
  aliases: string[];
  /** Techniques only. */
  category: string | null;
  /** The article's § ("§6.2"), a link, or "editorial" (issue 13: the entity's basis follows from it). */
  source: string;
}

export type Vocabulary = { [F in EntityFacet]: FacetEntity[] };

/** The query with slugs resolved to ids; what a backend executes. */
export interface ResolvedQuery {
  ids: { [F in EntityFacet]: number[] };
  basis: BasisValue[];
  /** Search terms (lib/search/terms.ts), all of which must occur; [] when not searching. */
  terms: string[];
  /** Entities the query names as a whole (lib/search/aliases.ts): their use cases match too, first by relevance. */
  named: Array<{ facet: EntityFacet; id: number }>;
  sort: Sort;
  locale: "en" | "zh";
  limit: number;
  offset: number;
}

/** Facet counts by value: entity id for entity facets, "article"/"editorial" for basis. */
export interface FacetCounts {
  domain: Map<number, number>;
  technique: Map<number, number>;
  mechanism: Map<number, number>;
  challenge: Map<number, number>;
  basis: Map<string, number>;
}

export interface BackendResult {
  total: number;
  counts: FacetCounts;
  /** Use-case ids of the requested page, in order. */
  pageIds: number[];
}

export interface LinkRecord {
  id: number;
  basis: string;
}

/** A use case as stored, both languages, with its links by entity id. */
export interface UseCaseRecord {
  id: number;
  slug: string;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  basis: string;
  source: string;
  externalUrl: string | null;
  updatedAt: Date;
  domainId: number;
  techniques: LinkRecord[];
  mechanisms: LinkRecord[];
  challenges: LinkRecord[];
}

export interface FusionCounts {
  /** [domainId, techniqueId, count] for every pair with a published use case. */
  techniqueCells: Array<[number, number, number]>;
  challengeCells: Array<[number, number, number]>;
}

/**
 * Storage behind the explorer: ./sqlite-backend.ts (FTS5 + trigger-maintained bitmaps) and ./postgres-backend.ts
 * (pg_trgm + SQL aggregates) serve the app; ./portable-backend.ts answers the same queries with plain SQL on any
 * provider, counting in memory, as a reference.
 */
export interface SearchBackend {
  readonly name: string;
  vocabulary(): Promise<Vocabulary>;
  /** Total, disjunctive facet counts and one page of ids. */
  explore(query: ResolvedQuery): Promise<BackendResult>;
  /** Every matching id, in the query's order (for exports). */
  allIds(query: ResolvedQuery): Promise<number[]>;
  /** The use cases with these ids (in no particular order); unknown or invisible ids are skipped. */
  records(ids: readonly number[]): Promise<UseCaseRecord[]>;
  fusionCounts(): Promise<FusionCounts>;
}
