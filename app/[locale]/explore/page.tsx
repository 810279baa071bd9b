import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { BasisLegend } from "@/components/basis-legend";
import { ExploreStateProvider } from "@/components/explore/explore-state";
import { FacetPanel, type FacetGroup } from "@/components/explore/facet-panel";
import { FilterDrawerProvider, FilterPanel, FiltersButton } from "@/components/explore/filter-drawer";
import { RESULTS_TOP_ID } from "@/components/explore/ids";
import { ActiveFilters, Pagination, ResultsRegion, SortSelect } from "@/components/explore/result-controls";
import { DidYouMean } from "@/components/explore/did-you-mean";
import { EmptyState } from "@/components/explore/empty-state";
import { ResultList } from "@/components/explore/result-list";
import { SearchBox } from "@/components/explore/search-box";
import { pageLocale } from "@/i18n/page-locale";
import { explorer } from "@/lib/catalog/explore";
import { matchSnippets } from "@/lib/catalog/explore/snippets";
import { relaxations } from "@/lib/search/relax";
import { matchReasons } from "@/components/explore/match-reasons";
import type { FacetValueView } from "@/lib/catalog/explore/present";
import { activeFilterCount, exploreQueryToSearchParams, FACETS, parseExploreQueryLenient, type ExploreQuery, type Facet } from "@/lib/schemas/explore-query";
import { pageMetadata } from "@/lib/seo/metadata";
import { TECHNIQUE_CATEGORIES } from "@/lib/schemas/vocabulary";

// The query string decides the page: rendered per request (its data comes from the catalog read cache).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const CATEGORY_ORDER: readonly string[] = TECHNIQUE_CATEGORIES;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "explore" });
  return pageMetadata({ locale, path: "/explore", title: t("title"), description: t("description") });
}

function option(v: FacetValueView) {
  return { slug: v.slug, label: v.name.text, count: v.count, ...(v.name.fallback ? { lang: v.name.lang } : {}) };
}

export default async function ExplorePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { query: parsed, errors } = parseExploreQueryLenient(await searchParams);
  const query: ExploreQuery = { ...parsed, locale, format: "json", all: false };
  const result = await explorer.explore(query, { unknownSlugs: "ignore" });
  const t = await getTranslations("explore");
  const panel = await getTranslations("exploreFilters");
  const techniques = await getTranslations("techniques");
  const facetLabel = Object.fromEntries(FACETS.map((f) => [f, t(`facet.${f}`)])) as Record<Facet, string>;

  const categories = [...new Set(result.facets.technique.map((v) => v.category ?? "general"))].sort(
    (a, b) => (CATEGORY_ORDER.indexOf(a) + 1 || 99) - (CATEGORY_ORDER.indexOf(b) + 1 || 99),
  );
  const groups: FacetGroup[] = FACETS.map((facet) => ({
    facet,
    legend: facetLabel[facet],
    groups:
      facet === "technique"
        ? categories.map((c) => ({
            label: CATEGORY_ORDER.includes(c) ? techniques(`category.${c as "field"}`) : c,
            options: result.facets.technique.filter((v) => (v.category ?? "general") === c).map(option),
          }))
        : [{ label: null, options: result.facets[facet].map(option) }],
  }));
  const names = Object.fromEntries(FACETS.map((f) => [f, Object.fromEntries(result.facets[f].map((v) => [v.slug, v.name.text]))])) as Record<Facet, Record<string, string>>;

  const href = (page: number) => {
    const search = exploreQueryToSearchParams({ ...query, page }).toString();
    return `/${locale}/explore${search ? `?${search}` : ""}`;
  };
  const last = Math.max(1, Math.ceil(result.total / query.pageSize));
  const pageNumbers = [...new Set([1, last, ...[-2, -1, 0, 1, 2].map((d) => query.page + d)])].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const exportHref = (format: "csv" | "json") =>
    `/api/v1/use-cases?${exploreQueryToSearchParams({ ...query, format, all: format === "json" }, { locale: true, format: true, paging: false }).toString()}`;
  const apiHref = `/api/v1/use-cases?${exploreQueryToSearchParams(query, { locale: true }).toString()}`;
  const from = (query.page - 1) * query.pageSize + 1;
  const exploreHref = (q: ExploreQuery) => {
    const search = exploreQueryToSearchParams({ ...q, page: 1 }).toString();
    return `/${locale}/explore${search ? `?${search}` : ""}`;
  };
  // Search that forgives: why each result matched; when nothing did, "did you mean" and what each criterion costs.
  const searching = result.terms.length > 0;
  const [texts, suggestions, relaxed] = await Promise.all([
    searching && result.items.length > 0 ? matchSnippets(result.items.map((i) => i.slug), result.terms, locale) : {},
    searching && result.total === 0 ? explorer.suggest(query) : [],
    result.total === 0
      ? Promise.all(relaxations(query).map(async (r) => ({ r, count: (await explorer.explore({ ...r.query, pageSize: 1 }, { unknownSlugs: "ignore" })).total })))
      : [],
  ]);
  const snippets = matchReasons(result, texts);
  const filtered = activeFilterCount(query.filters) > 0;

  return (
    <NuqsAdapter>
      <ExploreStateProvider>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>

        {errors.length > 0 || result.ignored.length > 0 ? (
          <ul className="mt-4 space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
            {errors.map((e) => (
              <li key={`${e.param}:${e.message}`}>{t("invalidParam", { message: e.message })}</li>
            ))}
            {result.ignored.map((i) => (
              <li key={`${i.facet}:${i.slug}`}>{t("unknownValue", { facet: facetLabel[i.facet], slug: i.slug })}</li>
            ))}
          </ul>
        ) : null}

        <div className="mt-6">
          <SearchBox label={t("searchLabel")} placeholder={t("searchPlaceholder")} hint={t("searchHint")} submit={t("searchSubmit")} />
        </div>

        <FilterDrawerProvider>
          <div className="mt-6 grid gap-8 sm:grid-cols-[14rem_minmax(0,1fr)] lg:grid-cols-[17rem_minmax(0,1fr)]">
            <FilterPanel
              labels={{ heading: t("filtersHeading"), close: panel("close"), showResults: panel("showResults", { count: result.total }), clearAll: t("clearAll") }}
              updating={t("updating")}
            >
              <p className="mb-2 mt-1 text-sm text-slate-600 dark:text-slate-400">{t("facetLogic")}</p>
              <FacetPanel
                facets={groups}
                labels={{ showMore: panel.raw("showMore") as string, showFewer: panel("showFewer"), find: panel.raw("find") as string, noMatch: panel("noMatch") }}
              />
            </FilterPanel>

            <section id={RESULTS_TOP_ID} aria-labelledby="explore-results" className="min-w-0 scroll-mt-20">
              <h2 id="explore-results" className="sr-only">{t("resultsHeading")}</h2>
              {/* Sticky on phones, so the filters are one tap away from anywhere in the results. */}
              <div className="sticky top-0 z-20 -mx-4 mb-3 border-b border-slate-200 bg-white px-4 py-2 sm:hidden dark:border-slate-800 dark:bg-slate-950">
                <FiltersButton label={panel("open")} activeLabel={panel.raw("active") as string} />
              </div>
              <ActiveFilters
                names={names}
                labels={{
                  heading: t("activeFilters"),
                  none: t("noActiveFilters"),
                  clearAll: t("clearAll"),
                  facet: facetLabel,
                  remove: t.raw("removeFilter") as string,
                  searchChip: t.raw("searchChip") as string,
                  removeSearch: t.raw("removeSearch") as string,
                }}
              />
              <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
                <p className="text-sm font-medium" aria-live="polite">
                  {t("resultsCount", { total: result.total })}
                  {result.total > 0 && result.items.length > 0 ? (
                    <span className="font-normal text-slate-600 dark:text-slate-400"> · {t("showing", { from, to: from + result.items.length - 1, total: result.total })}</span>
                  ) : null}
                </p>
                <SortSelect label={t("sortLabel")} options={{ relevance: t("sort.relevance"), title: t("sort.title"), updated: t("sort.updated") }} />
              </div>
              {result.total > 0 ? (
                <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                  <span>{t("export", { total: result.total })}</span>
                  <a href={exportHref("csv")} download aria-label={t("exportCsvLabel", { total: result.total })} className="rounded border border-slate-300 px-2 py-0.5 font-medium no-underline hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                    {t("exportCsv")}
                  </a>
                  <a href={exportHref("json")} download aria-label={t("exportJsonLabel", { total: result.total })} className="rounded border border-slate-300 px-2 py-0.5 font-medium no-underline hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                    {t("exportJson")}
                  </a>
                  <span className="hidden text-slate-600 sm:inline dark:text-slate-400">
                    {t("apiHint")} <a href={apiHref}><code className="text-xs">{apiHref.length > 60 ? `${apiHref.slice(0, 57)}…` : apiHref}</code></a>
                  </span>
                </p>
              ) : null}
              {result.total > 0 ? <BasisLegend className="mt-2" /> : null}

              <div className="mt-4">
                <ResultsRegion updating={t("updating")}>
                  {result.total === 0 ? (
                    <EmptyState
                      hint={filtered ? t("emptyHint") : t("emptyHintSearch")}
                      relaxations={relaxed.map(({ r, count }) => ({
                        kind: r.kind,
                        label: r.kind === "search" ? r.q : `${facetLabel[r.facet]}: ${names[r.facet][r.value] ?? r.value}`,
                        count,
                        href: exploreHref(r.query),
                      }))}
                    >
                      <DidYouMean suggestions={suggestions.map((text) => ({ text, href: exploreHref({ ...query, q: text }) }))} />
                    </EmptyState>
                  ) : (
                    <ResultList items={result.items} terms={result.terms} snippets={snippets} />
                  )}
                  <Pagination
                    pages={pageNumbers.map((page) => ({ page, href: href(page) }))}
                    current={query.page}
                    last={last}
                    labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), page: t.raw("pageLink") as string }}
                  />
                </ResultsRegion>
              </div>
            </section>
          </div>
        </FilterDrawerProvider>
      </ExploreStateProvider>
    </NuqsAdapter>
  );
}
