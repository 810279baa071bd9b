// What both bitmap backends (./sqlite-backend.ts, ./postgres-backend.ts) do in memory once a query's facet bitmaps are
// read: the result set (visible ∧ search ∧ every facet's filter, values of one facet ORed), and each facet's counts
// over every filter but its own (disjunctive). Plain code: no database, no React.
import type { EntityFacet } from "@/lib/schemas/explore-query";
import { andInto, andNotInto, BitmapArena, countAnd, orInto, type Bitmap } from "./bitmap";
import type { FacetCounts, ResolvedQuery } from "./types";

export const BASIS_VALUE: Record<string, number> = { article: 1, editorial: 2 };
const BASIS_NAME = ["", "article", "editorial"];

export interface FacetValue {
  facet: string;
  id: number;
  bitmap: Bitmap;
}

export interface FacetIndex {
  words: number;
  visible: Bitmap;
  /** By `${facet}:${valueId}`. */
  values: Map<string, FacetValue>;
  /** This query's bitmaps (see BitmapArena): index and scratch alike. */
  arena: BitmapArena;
}

/** The result set and, per facet, the set its counts are taken over (every filter but its own). */
export function evaluate(q: ResolvedQuery, index: FacetIndex, match: Bitmap | null) {
  const filterOf = (facet: string, valueIds: number[]): Bitmap => {
    const union = index.arena.take(index.words);
    for (const id of valueIds) {
      const b = index.values.get(`${facet}:${id}`);
      if (b) orInto(union, union, b.bitmap);
    }
    return union;
  };
  const filters = new Map<string, Bitmap>();
  for (const facet of ["domain", "technique", "mechanism", "challenge"] as const) {
    if (q.ids[facet].length > 0) filters.set(facet, filterOf(facet, q.ids[facet]));
  }
  if (q.basis.length > 0) filters.set("basis", filterOf("basis", q.basis.map((b) => BASIS_VALUE[b])));
  const base = match ? andInto(index.arena.take(index.words), index.visible, match) : index.visible;
  // The base set, ANDed with every filter but `facet`'s (the base itself when there is none; never written to).
  const except = (facet: string | null): Bitmap => {
    let set: Bitmap | null = null;
    for (const [f, b] of filters) {
      if (f === facet) continue;
      set = andInto(set ?? index.arena.take(index.words), set ?? base, b);
    }
    return set ?? base;
  };
  const result = except(null);
  // A facet without a filter of its own counts over the result set itself.
  return { result, except: (facet: string): Bitmap => (filters.has(facet) ? except(facet) : result) };
}

export function facetCounts(index: FacetIndex, except: (facet: string) => Bitmap): FacetCounts {
  const counts: FacetCounts = { domain: new Map(), technique: new Map(), mechanism: new Map(), challenge: new Map(), basis: new Map() };
  const scopes = new Map<string, Bitmap>();
  for (const { facet, id, bitmap } of index.values.values()) {
    if (facet === "visible") continue;
    let scope = scopes.get(facet);
    if (!scope) scopes.set(facet, (scope = except(facet)));
    const n = countAnd(scope, bitmap);
    if (facet === "basis") counts.basis.set(BASIS_NAME[id] ?? "editorial", n);
    else counts[facet as EntityFacet].set(id, n);
  }
  return counts;
}

/** The facet values a query reads when it needs no counts: its filters' and the entities its search names. */
export function neededKeys(q: ResolvedQuery): Array<readonly [string, number]> {
  const keys: Array<readonly [string, number]> = [];
  for (const facet of ["domain", "technique", "mechanism", "challenge"] as const) for (const id of q.ids[facet]) keys.push([facet, id]);
  for (const b of q.basis) keys.push(["basis", BASIS_VALUE[b]]);
  if (q.terms.length > 0) for (const { facet, id } of q.named) keys.push([facet, id]);
  return keys;
}

/** Arenas kept for reuse (one per query running at the same time, at most this many kept). */
const SPARE_ARENAS = 4;

/** A pool of arenas: `withArena(work)` runs `work` with an arena of its own, returned for reuse afterwards. */
export function arenaPool() {
  const spare: BitmapArena[] = [];
  return async function withArena<T>(work: (arena: BitmapArena) => Promise<T>): Promise<T> {
    const arena = spare.pop() ?? new BitmapArena();
    try {
      return await work(arena);
    } finally {
      arena.reset();
      if (spare.length < SPARE_ARENAS) spare.push(arena);
    }
  };
}

/** A backend's ids of a set by title or date, from `offset`, at most `limit` (-1: all). */
export type OrderedIds = (by: "title" | "updated", locale: "en" | "zh", set: Bitmap, size: number, visible: number, limit: number, offset: number) => Promise<number[]>;

/**
 * Ids of the result set in the query's order, from `offset`, at most `limit` (-1: all). Relevance means: use cases
 * matching in the title first, then the others; the most recently updated first within each group.
 */
export async function pageOfResult(ordered: OrderedIds, q: ResolvedQuery, index: FacetIndex, inTitle: Bitmap | null, result: Bitmap, size: number, visible: number, limit: number, offset: number): Promise<number[]> {
  if (size === 0 || limit === 0 || offset >= size) return [];
  if (inTitle === null) return ordered(q.sort === "updated" ? "updated" : "title", q.locale, result, size, visible, limit, offset);
  const firstSize = countAnd(result, inTitle);
  const end = limit < 0 ? size : Math.min(size, offset + limit);
  const head = offset < firstSize
    ? await ordered("updated", q.locale, andInto(index.arena.take(index.words), result, inTitle), firstSize, visible, Math.min(end, firstSize) - offset, offset)
    : [];
  const rest = end > firstSize
    ? await ordered("updated", q.locale, andNotInto(index.arena.take(index.words), result, inTitle), size - firstSize, visible, end - Math.max(offset, firstSize), Math.max(0, offset - firstSize))
    : [];
  return [...head, ...rest];
}
