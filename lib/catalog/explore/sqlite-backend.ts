// The explorer on SQLite (prisma/migrations/20261129010000_search): FTS5 for search, and trigger-maintained bitmaps
// for facets. All values are bound parameters; see ./sql.ts.
//
// How a query runs:
//  1. Take every facet value's bitmap (one bit per use case; N/8 bytes each) and, when searching, read the ids that
//     match the search (FTS5: the trigram index for CJK terms, the word index for the others). The bitmaps are read
//     and decoded once per database version and kept (./versioned.ts; ~N/8 bytes per facet value, 0.7 MB at 100,000
//     use cases): every query first reads the version (one small SELECT), and the first query after any commit reads
//     them again. Only the bitmaps are kept, never a query's result.
//  2. Count in memory (./bitmap.ts): the result set is visible ∧ search ∧ every facet filter (values of one facet
//     ORed); a facet's counts drop that facet's own filter (disjunctive) and AND each value's bitmap. 32 use cases per
//     word operation, whatever the filters.
//  3. Put one page in order, by title or date: either by walking the sort index, testing each entry against the
//     result's bitmap, until the page is full (cheap when the result set is a large share of the catalog) or by
//     sorting the result set's ids (cheap when it is small), whichever touches fewer rows. Relevance puts the use
//     cases that match in their titles (a second, title-only match) or belong to an entity the query names (an alias,
//     lib/search/aliases.ts) first, then the rest, the most recently updated
//     first in each group. (FTS5's bm25 would score every match, which costs as much as the matches are many.)
import { matchPlan, prefixRange, termsToExpand, type MatchPlan } from "@/lib/search/fts";
import { andInto, count, countAnd, extentWords, fromIdListInto, orInto, setChunkHex, toIds, type Bitmap, type BitmapArena } from "./bitmap";
import { arenaPool, evaluate, facetCounts, pageOfResult, type FacetIndex, type FacetValue } from "./bitmap-query";
import { toRecord, type RecordRow } from "./records";
import { join, list, num, query, raw, sql, type RawQueryClient } from "./sql";
import { versioned } from "./versioned";
import type { BackendResult, FusionCounts, ResolvedQuery, SearchBackend, UseCaseRecord } from "./types";
import { loadVocabulary } from "./vocabulary";

/** A batch size for IN lists well under SQLite's bound-parameter limit. */
const ID_BATCH = 500;
/** Work an id-list sort costs per id, relative to one step of an index walk (JSON parse, lookup, sort). */
const ENUMERATE_COST = 6;
/** Above this many ids, a page is never fetched by listing ids (the list itself gets large). */
const ENUMERATE_MAX = 20_000;

type Order = "relevance" | "title" | "updated";

/** The sort index to walk and the ORDER BY clause (on alias d) that matches it. */
function orderBy(order: Exclude<Order, "relevance">, locale: "en" | "zh"): { index: string; clause: string } {
  if (order === "updated") return { index: "ExploreDoc_updated", clause: `d."updatedAt" DESC, d."useCaseId" DESC` };
  return locale === "zh"
    ? { index: "ExploreDoc_titleZh", clause: `d."titleKeyZh", d."useCaseId"` }
    : { index: "ExploreDoc_titleEn", clause: `d."titleKeyEn", d."useCaseId"` };
}

/**
 * Walk the sort index (about (offset + limit) × visible / size entries, if the set is spread evenly) or sort the set's
 * ids (each costs a JSON parse, a lookup and a sort step, several times an index step)?
 */
export function choosePagePlan(estimate: { limit: number; offset: number; size: number; visible: number }): "walk" | "ids" {
  if (estimate.size > ENUMERATE_MAX) return "walk";
  const walk = ((estimate.offset + estimate.limit) * estimate.visible) / Math.max(estimate.size, 1);
  return walk <= estimate.size * ENUMERATE_COST ? "walk" : "ids";
}

/** A bitmap as hex, trailing zero bytes left out (ids past the end read as absent). */
function bitmapHex(set: Bitmap): string {
  let words = set.length;
  while (words > 0 && set[words - 1] === 0) words--;
  return Buffer.from(set.buffer, set.byteOffset, words * 4).toString("hex");
}

/** Every facet value's bitmap (and the visible set's), as read at one database version. */
interface FacetBitmaps {
  words: number;
  visible: Bitmap;
  values: Map<string, FacetValue>;
}

/** Optional: told how long each phase of a query took (bench/explorer-profile.ts); absent in the app. */
export type PhaseTimer = (phase: string, ms: number) => void;

export function createSqliteBackend(db: RawQueryClient, timer?: PhaseTimer): SearchBackend {
  const withArena = arenaPool();
  async function timed<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
    if (!timer) return work();
    const started = performance.now();
    try {
      return await work();
    } finally {
      timer(phase, performance.now() - started);
    }
  }

  /**
   * Every facet value's bitmap, read and decoded into one buffer of this backend's own. Read-only once built: queries
   * share it and take their scratch bitmaps from their own arenas.
   */
  async function readBitmaps(): Promise<FacetBitmaps> {
    const rows = await timed("bitmap SQL", () =>
      query<{ f: string; v: unknown; c: unknown; h: string }>(db, raw(`SELECT "facet" AS f, "valueId" AS v, "chunk" AS c, hex("bits") AS h FROM "ExploreBitmap"`)),
    );
    const decodeStarted = performance.now();
    // As many words as the stored bits reach (a chunk is only as long as its highest bit set so far needs), not whole
    // chunks: at 1,000 use cases 32 words instead of a chunk's 1,024, at 100,000 3,125 instead of 4,096.
    let words = 1;
    const keys = new Map<string, { facet: string; id: number }>();
    for (const r of rows) {
      words = Math.max(words, extentWords(num(r.c), r.h.length >> 1));
      const id = num(r.v);
      const key = `${r.f}:${id}`;
      if (!keys.has(key)) keys.set(key, { facet: r.f, id });
    }
    const buffer = new Uint32Array(words * (keys.size + 1));
    const values = new Map<string, FacetValue>();
    let at = 0;
    for (const [key, { facet, id }] of keys) {
      values.set(key, { facet, id, bitmap: buffer.subarray(at, at + words) });
      at += words;
    }
    for (const r of rows) setChunkHex(values.get(`${r.f}:${num(r.v)}`)!.bitmap, num(r.c), r.h);
    timer?.("bitmap decode", performance.now() - decodeStarted);
    return { words, visible: values.get("visible:0")?.bitmap ?? buffer.subarray(at, at + words), values };
  }

  /**
   * The bitmaps as of the database's current version. The version is the reading connection's data_version (it moves
   * whenever another connection commits; the app reads on a connection of its own that never writes, see
   * lib/db/sqlite-read-split.ts) and its total_changes() (which moves with its own writes, for a client that reads
   * and writes on one connection). Checked on every query: one small SELECT. Not covered: reading through a
   * transaction's own connection while it is open and then rolling it back (neither number moves back); the app never
   * does, its reads outside transactions go to a connection of their own. Nor a reading connection that is closed and
   * opened again: a new connection starts from the same numbers (data_version 2, total_changes 0 in better-sqlite3),
   * so writes made between the two could go unseen until the next commit. The app opens its connections once per
   * process and never disconnects them; a client that does must make a new backend with it.
   */
  const bitmaps = versioned(
    async () => {
      const [row] = await timed("version", () =>
        query<{ v: unknown; t: unknown }>(db, raw(`SELECT data_version AS v, total_changes() AS t FROM pragma_data_version`)),
      );
      return `${num(row?.v)}:${num(row?.t)}`;
    },
    readBitmaps,
  );

  /** The facet index of one query: the shared bitmaps, and the query's own arena for its scratch bitmaps. */
  async function loadIndex(arena: BitmapArena): Promise<FacetIndex> {
    const { words, visible, values } = await bitmaps.get();
    return { words, visible, values, arena };
  }

  /** For each short substring term, the indexed trigrams that start with it. */
  async function expandShortTerms(terms: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(terms.map((t) => [t, []]));
    if (terms.length === 0) return result;
    const arms = terms.map((term, i) => {
      const { from, to } = prefixRange(term);
      return sql`SELECT ${i} AS i, "term" FROM "UseCaseSearchTerms" WHERE "term" >= ${from} AND "term" < ${to}`;
    });
    for (const row of await query<{ i: unknown; term: string }>(db, join(arms, " UNION ALL "))) result.get(terms[num(row.i)])?.push(row.term);
    return result;
  }

  /** The match expressions; null when not searching; "none" when nothing can match. */
  async function plan(q: ResolvedQuery): Promise<MatchPlan | null | "none"> {
    if (q.terms.length === 0) return null;
    return matchPlan(q.terms, await expandShortTerms(termsToExpand(q.terms))) ?? "none";
  }

  /**
   * The use cases matching the search and, when ordering by relevance, those matching it in their titles (all terms
   * in the title, in either language): relevance puts them first.
   */
  async function matches(match: MatchPlan, index: FacetIndex, relevance: boolean): Promise<{ set: Bitmap; inTitle: Bitmap | null }> {
    const hits = (table: string, expression: string | null) =>
      expression === null ? raw("NULL") : sql`(SELECT group_concat(rowid) FROM ${raw(`"${table}"`)} WHERE ${raw(`"${table}"`)} MATCH ${expression})`;
    // The title matches come from the title-only indexes (prisma/migrations/20261207090000_title_search): the same
    // matches as a {title} column filter on the full ones, without reading every summary's and body's doclist.
    const inTitle = (expression: string | null) => (relevance ? expression : null);
    const [row] = await timed("search SQL", () => query<{ t: string | null; w: string | null; tt: string | null; wt: string | null }>(
      db,
      sql`SELECT ${hits("UseCaseSearch", match.trigram)} AS t, ${hits("UseCaseWords", match.words)} AS w,
                 ${hits("UseCaseTitleSearch", inTitle(match.trigram))} AS tt, ${hits("UseCaseTitleWords", inTitle(match.words))} AS wt`,
    ));
    const parseStarted = performance.now();
    const both = (trigram: string | null | undefined, word: string | null | undefined): Bitmap => {
      const a = match.trigram === null ? null : fromIdListInto(index.arena.take(index.words), trigram ?? null);
      const b = match.words === null ? null : fromIdListInto(index.arena.take(index.words), word ?? null);
      return a && b ? andInto(a, a, b) : (a ?? b ?? index.arena.take(index.words));
    };
    const found = { set: both(row?.t, row?.w), inTitle: relevance ? both(row?.tt, row?.wt) : null };
    timer?.("search ids", performance.now() - parseStarted);
    return found;
  }

  function page(q: ResolvedQuery, index: FacetIndex, inTitle: Bitmap | null, result: Bitmap, size: number, visible: number, limit: number, offset: number): Promise<number[]> {
    return pageOfResult(ordered, q, index, inTitle, result, size, visible, limit, offset);
  }

  /** Ids of a set by title or date, from `offset`, at most `limit` (-1: all). */
  async function ordered(by: "title" | "updated", locale: "en" | "zh", set: Bitmap, size: number, visible: number, limit: number, offset: number): Promise<number[]> {
    if (size === 0 || limit === 0 || offset >= size) return [];
    const order = orderBy(by, locale);
    const wanted = limit < 0 ? -1 : Math.min(limit, size - offset);
    const plan = choosePagePlan({ limit: wanted < 0 ? size : wanted, offset, size, visible });
    const rows =
      plan === "ids"
        ? await query<{ id: unknown }>(
            db,
            sql`WITH ids(id) AS MATERIALIZED (SELECT value FROM json_each(${JSON.stringify(toIds(set))}))
                SELECT d."useCaseId" AS id FROM ids CROSS JOIN "ExploreDoc" d ON d."useCaseId" = ids.id
                ORDER BY ${raw(order.clause)} LIMIT ${wanted} OFFSET ${offset}`,
          )
        : // Walk the sort index, testing each id's bit in the set's bitmap (passed once as hex): bit i is bit i & 7
          // of byte i >> 3, read as a number through the byte table.
          await query<{ id: unknown }>(
            db,
            sql`WITH m(bits, bytes) AS MATERIALIZED (SELECT unhex(${bitmapHex(set)}), (SELECT "b" FROM "ExploreBytes"))
                SELECT d."useCaseId" AS id FROM "ExploreDoc" d INDEXED BY ${raw(`"${order.index}"`)}, m
                WHERE ((instr(m.bytes, substr(m.bits, (d."useCaseId" >> 3) + 1, 1)) - 1) >> (d."useCaseId" & 7)) & 1
                ORDER BY ${raw(order.clause)} LIMIT ${wanted} OFFSET ${offset}`,
          );
    return rows.map((r) => num(r.id));
  }

  async function records(ids: readonly number[]): Promise<UseCaseRecord[]> {
    const out: UseCaseRecord[] = [];
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const batch = ids.slice(i, i + ID_BATCH);
      const rows = await query<RecordRow>(
        db,
        sql`
          SELECT u."id", u."slug", u."titleZh", u."titleEn", u."summaryZh", u."summaryEn", u."basis", u."source", u."externalUrl",
                 u."updatedAt", u."domainId",
                 (SELECT json_group_array(json_array("techniqueId", "basis")) FROM "UseCaseTechnique" WHERE "useCaseId" = u."id") AS techniques,
                 (SELECT json_group_array(json_array("mechanismId", "basis")) FROM "UseCaseMechanism" WHERE "useCaseId" = u."id") AS mechanisms,
                 (SELECT json_group_array(json_array("challengeId", "basis")) FROM "UseCaseChallenge" WHERE "useCaseId" = u."id") AS challenges
          FROM "ExploreDoc" d JOIN "UseCase" u ON u."id" = d."useCaseId"
          WHERE d."useCaseId" IN (${list(batch)})`,
      );
      for (const row of rows) out.push(toRecord(row));
    }
    return out;
  }

  function run(q: ResolvedQuery, limit: number, offset: number, withCounts: boolean) {
    return withArena(async (arena) => {
      const index = await loadIndex(arena);
      const match = await timed("search terms", () => plan(q));
      const relevance = q.sort === "relevance";
      const searched =
        match === null
          ? null
          : match === "none"
            ? { set: arena.take(index.words), inTitle: relevance ? arena.take(index.words) : null }
            : await matches(match, index, relevance);
      if (searched && q.named.length > 0) {
        // The use cases of the entities the query names match too, ranked with the title matches.
        const named = arena.take(index.words);
        for (const { facet, id } of q.named) {
          const value = index.values.get(`${facet}:${id}`);
          if (value) orInto(named, named, value.bitmap);
        }
        orInto(searched.set, searched.set, named);
        if (searched.inTitle) orInto(searched.inTitle, searched.inTitle, named);
      }
      const countStarted = performance.now();
      const { result, except } = evaluate(q, index, searched?.set ?? null);
      const size = count(result);
      const counts = withCounts ? facetCounts(index, except) : null;
      timer?.("count", performance.now() - countStarted);
      const ids = await timed("page", () => page(q, index, searched?.inTitle ?? null, result, size, count(index.visible), limit, offset));
      return { size, counts, ids };
    });
  }

  return {
    name: "sqlite",

    vocabulary: () => timed("vocabulary", () => loadVocabulary(db)),

    async explore(q): Promise<BackendResult> {
      const { size, counts, ids } = await run(q, q.limit, q.offset, true);
      return { total: size, counts: counts!, pageIds: ids };
    },

    async allIds(q) {
      return (await run(q, -1, 0, false)).ids;
    },

    records: (ids) => timed("records", () => records(ids)),

    fusionCounts(): Promise<FusionCounts> {
      return withArena(async (arena) => {
        const index = await loadIndex(arena);
        const byFacet = (facet: string) => [...index.values.values()].filter((v) => v.facet === facet);
        const scope = arena.take(index.words);
        const cells = (facet: "technique" | "challenge") => {
          const out: Array<[number, number, number]> = [];
          for (const domain of byFacet("domain")) {
            andInto(scope, domain.bitmap, index.visible);
            for (const value of byFacet(facet)) {
              const n = countAnd(scope, value.bitmap);
              if (n > 0) out.push([domain.id, value.id, n]);
            }
          }
          return out;
        };
        return { techniqueCells: cells("technique"), challengeCells: cells("challenge") };
      });
    },
  };
}
