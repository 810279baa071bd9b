"use client";

// The explorer's state lives in the URL, under the API's parameter names (repeated keys for facets). Every change
// pushes one history entry (so Back undoes it) and asks the server to re-render the results (shallow: false), inside
// a transition whose pending state the results region shows. Typing in the search box is debounced.
import { createContext, useContext, useMemo, useTransition, type ReactNode } from "react";
import { debounce, parseAsInteger, parseAsNativeArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { FACETS, SORTS, type Facet, type Sort } from "@/lib/schemas/explore-params";

const parsers = {
  domain: parseAsNativeArrayOf(parseAsString),
  technique: parseAsNativeArrayOf(parseAsString),
  mechanism: parseAsNativeArrayOf(parseAsString),
  challenge: parseAsNativeArrayOf(parseAsString),
  basis: parseAsNativeArrayOf(parseAsString),
  q: parseAsString.withDefault(""),
  sort: parseAsStringLiteral(SORTS),
  page: parseAsInteger.withDefault(1),
};

/** Keystrokes wait this long before the URL (and the results) follow. */
export const SEARCH_DEBOUNCE_MS = 350;

interface ExploreState {
  selected: Record<Facet, string[]>;
  q: string;
  sort: Sort | null;
  page: number;
  pending: boolean;
  toggle(facet: Facet, slug: string, on: boolean): void;
  clearAll(): void;
  setSearch(q: string, options?: { immediate?: boolean }): void;
  setSort(sort: Sort): void;
  setPage(page: number): void;
}

const Context = createContext<ExploreState | null>(null);

export function useExploreState(): ExploreState {
  const state = useContext(Context);
  if (!state) throw new Error("useExploreState must be used inside <ExploreStateProvider>");
  return state;
}

export function ExploreStateProvider({ children }: { children: ReactNode }) {
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates(parsers, {
    shallow: false,
    history: "push",
    scroll: false,
    clearOnDefault: true,
    startTransition,
  });

  const state = useMemo<ExploreState>(() => {
    const selected = Object.fromEntries(FACETS.map((f) => [f, values[f]])) as Record<Facet, string[]>;
    return {
      selected,
      q: values.q,
      sort: values.sort,
      page: values.page,
      pending,
      toggle(facet, slug, on) {
        const current = selected[facet];
        const next = on ? [...current.filter((s) => s !== slug), slug] : current.filter((s) => s !== slug);
        void setValues({ [facet]: next.length > 0 ? next : null, page: null });
      },
      clearAll() {
        void setValues({ domain: null, technique: null, mechanism: null, challenge: null, basis: null, q: null, page: null });
      },
      setSearch(q, options = {}) {
        void setValues({ q: q === "" ? null : q, page: null }, options.immediate ? {} : { limitUrlUpdates: debounce(SEARCH_DEBOUNCE_MS) });
      },
      setSort(sort) {
        // The default sort (relevance when searching, else title) stays out of the URL.
        const fallback: Sort = values.q.trim() === "" ? "title" : "relevance";
        void setValues({ sort: sort === fallback ? null : sort, page: null });
      },
      setPage(page) {
        void setValues({ page: page <= 1 ? null : page }, { scroll: true });
      },
    };
  }, [values, pending, setValues]);

  return <Context.Provider value={state}>{children}</Context.Provider>;
}
