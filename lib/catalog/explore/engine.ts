// The one explorer engine behind the explore page, the read API and the export. It takes its storage backend (and so
// its database client) as a parameter, with no `server-only` import, so the benchmark drives exactly this code against
// scratch databases; the app gets the instance bound to its own client from ./index.ts.
import { ENTITY_FACETS, type EntityFacet, type ExploreQuery, type QueryParamError } from "@/lib/schemas/explore-query";
import { entityPhrases, namedEntities } from "@/lib/search/aliases";
import { buildLexicon, MAX_SUGGESTIONS, suggestQueries } from "@/lib/search/suggest";
import { searchTerms } from "@/lib/search/terms";
import { pick, type AppLocale } from "@/lib/i18n/localize";
import { entityName, facetViews, viewsOfUseCases, type FacetsView, type RefView, type UseCaseView } from "./present";
import { articleFusionCounts } from "./fusion-basis";
import type { FacetEntity, ResolvedQuery, SearchBackend, UseCaseRecord, Vocabulary } from "./types";

/** Bad input the caller should report as a 4xx (an unknown slug in a filter). */
export class ExploreInputError extends Error {
  constructor(readonly detail: QueryParamError) {
    super(detail.message);
    this.name = "ExploreInputError";
  }
}

export interface ExploreResult {
  total: number;
  page: number;
  pageSize: number;
  items: UseCaseView[];
  facets: FacetsView;
  /** The search terms, for highlighting matches. */
  terms: string[];
  /** The entities the search names (by name or alias): their use cases match whatever their texts. */
  named: Array<{ facet: EntityFacet; slug: string }>;
  vocabulary: Vocabulary;
  /** Filter values that name no published entity, when the caller asked to drop them instead of failing. */
  ignored: Array<{ facet: EntityFacet; slug: string }>;
}

export interface FusionMapView {
  domains: RefView[];
  techniques: Array<RefView & { category: string | null }>;
  challenges: RefView[];
  /** Every domain × technique pair, in catalog order, with its number of published use cases (0 included). */
  techniqueCells: Array<{ domain: string; technique: string; count: number }>;
  challengeCells: Array<{ domain: string; challenge: string; count: number }>;
  /** With basis "article" only: the use cases behind each non-zero cell, by "domain|technique" (or challenge) slugs. */
  cellUseCases?: { technique: Record<string, RefView[]>; challenge: Record<string, RefView[]> };
}

/** Which links the fusion map counts: all of them, or only those the article states (use case and link). */
export type FusionBasis = "all" | "article";

export interface ExploreOptions {
  /** "error" (the API): an unknown slug is an ExploreInputError. "ignore" (the page): it is dropped and reported. */
  unknownSlugs?: "error" | "ignore";
}

/** Use cases whose titles and summaries feed "did you mean" at most. */
const LEXICON_USE_CASES = 2_000;

export function createExploreEngine(backend: SearchBackend) {
  function resolve(query: ExploreQuery, vocabulary: Vocabulary, options: ExploreOptions) {
    const ignored: ExploreResult["ignored"] = [];
    const ids = { domain: [], technique: [], mechanism: [], challenge: [] } as ResolvedQuery["ids"];
    for (const facet of ENTITY_FACETS) {
      const bySlug = new Map(vocabulary[facet].map((e) => [e.slug, e.id]));
      for (const slug of query.filters[facet]) {
        const id = bySlug.get(slug);
        if (id !== undefined) ids[facet].push(id);
        else if (options.unknownSlugs === "ignore") ignored.push({ facet, slug });
        else throw new ExploreInputError({ param: facet, message: `Unknown ${facet} "${slug}".` });
      }
    }
    const terms = searchTerms(query.q);
    const resolved: ResolvedQuery = {
      ids,
      basis: query.filters.basis,
      terms,
      named: terms.length === 0 ? [] : namedEntities(query.q, vocabulary),
      sort: query.sort,
      locale: query.locale,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    return { resolved, terms, ignored };
  }

  function ordered(records: UseCaseRecord[], ids: readonly number[]): UseCaseRecord[] {
    const byId = new Map(records.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is UseCaseRecord => r !== undefined);
  }

  /** Counts of article-stated links, from the records of every visible use case (see ./fusion-basis.ts). */
  async function articleFusion(locale: AppLocale) {
    const ids = await backend.allIds({ ids: { domain: [], technique: [], mechanism: [], challenge: [] }, basis: [], terms: [], named: [], sort: "title", locale, limit: 0, offset: 0 });
    const records = ordered(await backend.records(ids), ids);
    const fusion = articleFusionCounts(records);
    const byId = new Map(records.map((r) => [r.id, r]));
    const titled = (id: number): RefView[] => {
      const r = byId.get(id);
      return r ? [{ slug: r.slug, name: pick(r.titleZh, r.titleEn, locale) }] : [];
    };
    const bySlugs = (cells: Map<string, number[]>, values: FacetEntity[], vocabulary: Vocabulary) => {
      const domains = new Map(vocabulary.domain.map((d) => [d.id, d.slug]));
      const slugs = new Map(values.map((v) => [v.id, v.slug]));
      const out: Record<string, RefView[]> = {};
      for (const [pair, useCaseIds] of cells) {
        const [d, v] = pair.split(":").map(Number);
        const domain = domains.get(d);
        const value = slugs.get(v);
        if (domain !== undefined && value !== undefined) out[`${domain}|${value}`] = useCaseIds.flatMap(titled);
      }
      return out;
    };
    return {
      techniqueCells: fusion.techniqueCells,
      challengeCells: fusion.challengeCells,
      cellUseCases: (vocabulary: Vocabulary) => ({
        technique: bySlugs(fusion.techniqueUseCases, vocabulary.technique, vocabulary),
        challenge: bySlugs(fusion.challengeUseCases, vocabulary.challenge, vocabulary),
      }),
    };
  }

  return {
    backend,

    async vocabulary(): Promise<Vocabulary> {
      return backend.vocabulary();
    },

    /** Facets, total and one page of results. */
    async explore(query: ExploreQuery, options: ExploreOptions = {}): Promise<ExploreResult> {
      const vocabulary = await backend.vocabulary();
      const { resolved, terms, ignored } = resolve(query, vocabulary, options);
      const result = await backend.explore(resolved);
      const records = result.pageIds.length > 0 ? ordered(await backend.records(result.pageIds), result.pageIds) : [];
      return {
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        items: viewsOfUseCases(records, vocabulary, query.locale),
        facets: facetViews(vocabulary, result.counts, query.locale),
        terms,
        named: resolved.named.flatMap(({ facet, id }) => vocabulary[facet].filter((e) => e.id === id).map((e) => ({ facet, slug: e.slug }))),
        vocabulary,
        ignored,
      };
    },

    /** Views of these use cases, in this order; ids that are not visible are skipped. */
    async items(ids: readonly number[], locale: AppLocale): Promise<UseCaseView[]> {
      const [vocabulary, records] = await Promise.all([backend.vocabulary(), backend.records(ids)]);
      return viewsOfUseCases(ordered(records, ids), vocabulary, locale);
    },

    /** Every facet value with its number of published use cases (the unfiltered facet counts). */
    async overview(locale: AppLocale): Promise<{ facets: FacetsView; vocabulary: Vocabulary; total: number }> {
      const vocabulary = await backend.vocabulary();
      const ids = { domain: [], technique: [], mechanism: [], challenge: [] };
      const result = await backend.explore({ ids, basis: [], terms: [], named: [], sort: "title", locale, limit: 0, offset: 0 });
      return { facets: facetViews(vocabulary, result.counts, locale), vocabulary, total: result.total };
    },

    /** Domain × technique and domain × challenge counts of published use cases (with "article", of article links only). */
    async fusionMap(locale: AppLocale, basis: FusionBasis = "all"): Promise<FusionMapView> {
      const vocabulary = await backend.vocabulary();
      const article = basis === "article" ? await articleFusion(locale) : null;
      const counts = article ?? (await backend.fusionCounts());
      const ref = (e: FacetEntity): RefView => ({ slug: e.slug, name: entityName(e, locale) });
      const dense = (cells: Array<[number, number, number]>, values: FacetEntity[]) => {
        const byPair = new Map(cells.map(([d, v, n]) => [`${d}:${v}`, n]));
        return vocabulary.domain.flatMap((d) => values.map((v) => ({ d, v, count: byPair.get(`${d.id}:${v.id}`) ?? 0 })));
      };
      return {
        domains: vocabulary.domain.map(ref),
        techniques: vocabulary.technique.map((t) => ({ ...ref(t), category: t.category })),
        challenges: vocabulary.challenge.map(ref),
        techniqueCells: dense(counts.techniqueCells, vocabulary.technique).map(({ d, v, count }) => ({ domain: d.slug, technique: v.slug, count })),
        challengeCells: dense(counts.challengeCells, vocabulary.challenge).map(({ d, v, count }) => ({ domain: d.slug, challenge: v.slug, count })),
        ...(article ? { cellUseCases: article.cellUseCases(vocabulary) } : {}),
      };
    },

    /**
     * "Did you mean": for a search that finds nothing, up to three queries close to it (lib/search/suggest.ts) that do
     * find something with the same filters. Built from entity names and aliases and from the titles and summaries of
     * (at most LEXICON_USE_CASES) use cases; only asked for when a search came back empty.
     */
    async suggest(query: ExploreQuery): Promise<string[]> {
      if (searchTerms(query.q).length === 0) return [];
      const vocabulary = await backend.vocabulary();
      const everything: ResolvedQuery = { ids: { domain: [], technique: [], mechanism: [], challenge: [] }, basis: [], terms: [], named: [], sort: "title", locale: query.locale, limit: -1, offset: 0 };
      const ids = (await backend.allIds(everything)).slice(0, LEXICON_USE_CASES);
      const records = ids.length > 0 ? await backend.records(ids) : [];
      const lexicon = buildLexicon([
        ...Object.values(vocabulary).flatMap((entities) => entities.flatMap(entityPhrases)),
        ...records.flatMap((r) => [r.titleZh, r.titleEn]),
        ...records.flatMap((r) => [r.summaryZh, r.summaryEn]).flatMap((s) => s.split(/[\s,.;:!?()，。；：！？（）、]+/u)),
      ]);
      const out: string[] = [];
      for (const candidate of suggestQueries(query.q, lexicon, MAX_SUGGESTIONS * 2)) {
        if (out.length === MAX_SUGGESTIONS) break;
        const { resolved } = resolve({ ...query, q: candidate, page: 1 }, vocabulary, { unknownSlugs: "ignore" });
        if ((await backend.explore({ ...resolved, limit: 0, offset: 0 })).total > 0) out.push(candidate);
      }
      return out;
    },

    /** The whole filtered set, ignoring page and pageSize, in the query's order. */
    async exportAll(query: ExploreQuery): Promise<UseCaseView[]> {
      const vocabulary = await backend.vocabulary();
      const { resolved } = resolve(query, vocabulary, { unknownSlugs: "error" });
      const ids = await backend.allIds(resolved);
      return viewsOfUseCases(ordered(await backend.records(ids), ids), vocabulary, query.locale);
    },
  };
}

export type ExploreEngine = ReturnType<typeof createExploreEngine>;
