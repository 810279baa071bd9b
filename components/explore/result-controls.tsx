"use client";

// Active-filter chips (each removable, plus "Clear all"), the sort select, the results region that shows the pending
// state while the server re-renders (the previous results stay visible, never a blank list), and the pagination.
import type { ReactNode } from "react";
import { useExploreState } from "./explore-state";
import { FACETS, type Facet, type Sort } from "@/lib/schemas/explore-params";

export interface ChipLabels {
  heading: string;
  none: string;
  clearAll: string;
  facet: Record<Facet, string>;
  /** "Remove filter {facet}: {name}" with {facet} and {name} placeholders. */
  remove: string;
  searchChip: string;
  removeSearch: string;
}

// 44×44 px on phones and coarse pointers (touch targets); the chip's padding absorbs part of it.
const REMOVE_BUTTON =
  "-my-1 -mr-2 ml-0.5 inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-base text-slate-600 hover:bg-slate-200 sm:h-7 sm:w-7 pointer-coarse:h-11 pointer-coarse:w-11 dark:text-slate-300 dark:hover:bg-slate-700";

export function ActiveFilters({ names, labels }: { names: Record<Facet, Record<string, string>>; labels: ChipLabels }) {
  const { selected, q, toggle, setSearch, clearAll } = useExploreState();
  const chips = FACETS.flatMap((facet) => selected[facet].map((slug) => ({ facet, slug, name: names[facet][slug] ?? slug })));
  const hasAny = chips.length > 0 || q.trim() !== "";
  return (
    <section aria-labelledby="active-filters" className="flex flex-wrap items-center gap-2">
      <h2 id="active-filters" className="text-sm font-semibold">
        {labels.heading}:
      </h2>
      {!hasAny ? <p className="text-sm text-slate-600 dark:text-slate-400">{labels.none}</p> : null}
      <ul className="flex flex-wrap gap-2">
        {q.trim() !== "" ? (
          <li className="chip bg-slate-50 dark:bg-slate-900">
            <span>{labels.searchChip.replace("{q}", q.trim())}</span>
            <button type="button" className={REMOVE_BUTTON} aria-label={labels.removeSearch.replace("{q}", q.trim())} onClick={() => setSearch("", { immediate: true })}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ) : null}
        {chips.map((chip) => (
          <li key={`${chip.facet}:${chip.slug}`} className="chip bg-slate-50 dark:bg-slate-900">
            <span className="text-xs text-slate-600 dark:text-slate-400">{labels.facet[chip.facet]}:</span>
            <span>{chip.name}</span>
            <button
              type="button"
              className={REMOVE_BUTTON}
              aria-label={labels.remove.replace("{facet}", labels.facet[chip.facet]).replace("{name}", chip.name)}
              onClick={() => toggle(chip.facet, chip.slug, false)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {hasAny ? (
        <button type="button" className="inline-flex min-h-11 items-center whitespace-nowrap px-1 text-sm font-medium text-accent-700 underline underline-offset-2 sm:min-h-0 pointer-coarse:min-h-11 dark:text-accent-300" onClick={clearAll}>
          {labels.clearAll}
        </button>
      ) : null}
    </section>
  );
}

export function SortSelect({ label, options }: { label: string; options: Record<Sort, string> }) {
  const { q, sort, setSort } = useExploreState();
  const searching = q.trim() !== "";
  const current: Sort = sort === null || (sort === "relevance" && !searching) ? (searching ? "relevance" : "title") : sort;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="explore-sort" className="text-sm font-medium">
        {label}
      </label>
      <select
        id="explore-sort"
        value={current}
        onChange={(e) => setSort(e.target.value as Sort)}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm sm:min-h-0 pointer-coarse:min-h-11 dark:border-slate-700 dark:bg-slate-900"
      >
        {(Object.keys(options) as Sort[]).map((s) => (
          <option key={s} value={s} disabled={s === "relevance" && !searching}>
            {options[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Keeps the current results on screen, dimmed and marked busy, until the new ones arrive. */
export function ResultsRegion({ children, updating }: { children: ReactNode; updating: string }) {
  const { pending } = useExploreState();
  return (
    <div aria-busy={pending} className={pending ? "opacity-60 transition-opacity" : "transition-opacity"}>
      <p role="status" className={pending ? "mb-2 text-sm font-medium" : "sr-only"}>
        {pending ? updating : ""}
      </p>
      {children}
    </div>
  );
}

/** Page links (first, last and the neighbours of the current page); plain links that also work without JavaScript. */
export function Pagination({ pages, current, last, labels }: { pages: Array<{ page: number; href: string }>; current: number; last: number; labels: { nav: string; previous: string; next: string; page: string } }) {
  const { setPage } = useExploreState();
  if (last <= 1) return null;
  const link = (page: number, text: ReactNode, aria?: string) => {
    const target = pages.find((p) => p.page === page);
    if (!target) return null;
    return (
      <a
        href={target.href}
        aria-label={aria}
        aria-current={page === current ? "page" : undefined}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-3 ${page === current ? "font-semibold no-underline ring-1 ring-slate-400" : ""}`}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          setPage(page);
        }}
      >
        {text}
      </a>
    );
  };
  return (
    <nav aria-label={labels.nav} className="mt-6">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {current > 1 ? <li>{link(current - 1, labels.previous)}</li> : null}
        {pages.map((p, i) => (
          <li key={p.page} className="flex items-center gap-1">
            {i > 0 && p.page - pages[i - 1].page > 1 ? <span aria-hidden="true">…</span> : null}
            {link(p.page, p.page, labels.page.replace("{page}", String(p.page)))}
          </li>
        ))}
        {current < last ? <li>{link(current + 1, labels.next)}</li> : null}
      </ul>
    </nav>
  );
}
