// The explorer on PostgreSQL: a token index for search (prisma/postgres/migrations/20261206200000_pg_search_tokens) and
// trigger-maintained bitmaps for facets (20261206170000_pg_explore_bitmaps), as on SQLite. It answers exactly what
// the SQLite backend answers (lib/catalog/explore/search-equality.test.ts checks that on the seeded catalog). All values
// are bound parameters; see ./sql.ts.
//
// How a query runs:
//  1. Search (when there are terms): from the token index (prisma/postgres/migrations/20261206200000_pg_search_tokens;
//     ./token-search.ts): each use case's words, CJK grams of one to four characters and title tokens, in a GIN-indexed
//     array. A word term asks for any vocabulary word whose Porter stem (lib/search/porter.ts, the very stemmer SQLite's
//     FTS5 uses, not PostgreSQL's Snowball `english`, which stems differently) starts with the term's (./stem-index.ts);
//     a Chinese term of up to four characters is a token. Those terms are decided by the index: the ids (and the ids
//     matching in a title, tokens prefixed '^') come back as two id lists aggregated in SQL, with no text. Longer
//     Chinese terms add a LIKE on their candidates; multi-word terms ("x-ray") and terms mixing letters with case and
//     CJK get the exact definition (lib/search/terms.ts) in JS on their candidates' texts. Every search statement runs
//     through atlas_search.token_query (sequential scans off). The use cases of the entities the query names (aliases,
//     from their bitmaps) match too, and come first by relevance.
//  2. Facets and total: the bitmaps of every facet value (one bit per use case, N/8 bytes each; only the values it
//     filters on when a query needs no counts) are read and counted in memory (./bitmap-query.ts), as on SQLite.
//  3. One page in order: walk a sort index of atlas_search."ExploreDoc" (title key: trimmed, ASCII-lower-cased,
//     compared byte-wise, SQLite's key; or date), testing each id's bit in the result's bitmap (get_bit), until the
//     page is full; or, for a small result, sort its ids (./sqlite-backend.ts choosePagePlan decides, as on SQLite).
//     Relevance: title matches first, then the rest, the most recently updated first in each group.
import { termKind, termMatcher } from "@/lib/search/terms";
import { CHUNK_BITS, count, fromIdListInto, orInto, setChunkHex, toIds, wordsFor, type Bitmap, type BitmapArena } from "./bitmap";
import { arenaPool, evaluate, facetCounts, neededKeys, pageOfResult, type FacetIndex, type FacetValue } from "./bitmap-query";
import { toRecord, type RecordRow } from "./records";
import { containsPattern, join, list, num, query, raw, sql, type Fragment, type RawQueryClient } from "./sql";
import { choosePagePlan } from "./sqlite-backend";
import type { BackendResult, FusionCounts, ResolvedQuery, SearchBackend, UseCaseRecord } from "./types";
import { StemIndex } from "./stem-index";
import { termTokens, type TermTokens } from "./token-search";
import { loadVocabulary } from "./vocabulary";

const VISIBLE = raw(
  `u."status" = 'published' AND u."deletedAt" IS NULL AND d."status" = 'published' AND d."deletedAt" IS NULL`,
);
const ID_BATCH = 500;

const LINKS = {
  technique: { table: "UseCaseTechnique", column: "techniqueId" },
  mechanism: { table: "UseCaseMechanism", column: "mechanismId" },
  challenge: { table: "UseCaseChallenge", column: "challengeId" },
} as const;

type LinkFacet = keyof typeof LINKS;

/** The sort index's ORDER BY (on alias d, atlas_search."ExploreDoc"). */
function orderClause(by: "title" | "updated", locale: "en" | "zh"): string {
  if (by === "updated") return `d."updatedAt" DESC, d."useCaseId" DESC`;
  return locale === "zh" ? `d."titleKeyZh", d."useCaseId"` : `d."titleKeyEn", d."useCaseId"`;
}

/** `text` (a SQL expression) contains the term, LIKE's wildcards escaped. */
function likeTerm(text: string, term: string): Fragment {
  return sql`${raw(text)} LIKE lower(${containsPattern(term)}) ESCAPE '\\'`;
}

/** Id lists, comma-separated. */
interface SearchHits {
  ids: string;
  inTitle: string;
}

/** Separates the tokens of one parameter, and the parameters of token_query (no token or term has a control character). */
const US = "\u001f";
const RS = "\u001e";

/** A statement whose "?" placeholders become $1[1], $1[2], …: the elements of one text array (see token_query). */
export function arrayParameters(statement: Fragment): { text: string; args: string[] } {
  let n = 0;
  let quoted = false;
  let text = "";
  for (const ch of statement.text) {
    if (ch === "'") quoted = !quoted;
    text += ch === "?" && !quoted ? `$1[${++n}]` : ch;
  }
  return { text, args: statement.params.map((p) => String(p)) };
}

export function createPostgresBackend(db: RawQueryClient): SearchBackend {
  const run = <T>(fragment: Fragment) => query<T>(db, fragment, "postgresql");
  const withArena = arenaPool();

  /**
   * The facet bitmaps: every value's (for counts), or only `keys` (facet and value id pairs; visible always), with
   * the changes not yet folded into them applied in order (read in the same statement, so from the same snapshot).
   */
  async function loadIndex(arena: BitmapArena, keys: ReadonlyArray<readonly [string, number]> | null = null): Promise<FacetIndex> {
    const wanted: Array<readonly [string, number]> = keys ? [["visible", 0], ...keys] : [];
    const where = keys ? sql`WHERE ${join(wanted.map(([f, v]) => sql`("facet" = ${f} AND "valueId" = ${v})`), " OR ")}` : raw("");
    const rows = await run<{ f: string; v: unknown; c: unknown; h: string | null; p: boolean | null; s: unknown }>(sql`
      SELECT "facet" AS f, "valueId" AS v, "chunk" AS c, encode("bits", 'hex') AS h, NULL::boolean AS p, 0::bigint AS s
        FROM "atlas_search"."ExploreBitmap" ${where}
      UNION ALL
      SELECT "facet", "valueId", "useCaseId", NULL, "present", "seq" FROM "atlas_search"."ExploreChange" ${where}`);
    const bitmaps = rows.filter((r) => r.h !== null);
    const changes = rows.filter((r) => r.h === null).sort((x, y) => num(x.s) - num(y.s));
    let chunks = 1;
    for (const r of bitmaps) chunks = Math.max(chunks, num(r.c) + 1);
    for (const r of changes) chunks = Math.max(chunks, Math.floor(num(r.c) / CHUNK_BITS) + 1);
    const words = wordsFor(chunks);
    const values = new Map<string, FacetValue>();
    const valueOf = (facet: string, id: number): FacetValue => {
      const key = `${facet}:${id}`;
      let value = values.get(key);
      if (!value) values.set(key, (value = { facet, id, bitmap: arena.take(words) }));
      return value;
    };
    for (const r of bitmaps) setChunkHex(valueOf(r.f, num(r.v)).bitmap, num(r.c), r.h!);
    for (const r of changes) {
      const bitmap = valueOf(r.f, num(r.v)).bitmap;
      const doc = num(r.c);
      if (r.p) bitmap[doc >>> 5] |= 1 << (doc & 31);
      else bitmap[doc >>> 5] &= ~(1 << (doc & 31));
    }
    return { words, visible: values.get("visible:0")?.bitmap ?? arena.take(words), values, arena };
  }

  // The search vocabulary by stem (./stem-index.ts), read incrementally: words are numbered in commit order and never
  // removed, so each query reads only those numbered after the last one seen (none, mostly), and the words not yet
  // folded into the vocabulary. If the word numbered `last` is not the one seen (the tables were emptied and refilled:
  // a restore, a test's reset), everything is read again. Calls overlap: each applies what it read only to the index
  // it read for, from the `last` it read from; if another call started the index afresh meanwhile, it reads again
  // (else words numbered above its `last` would land in the new index and mark the words below as read).
  let vocabulary = new StemIndex();
  let last = 0;
  let lastWord: string | null = null;

  async function currentVocabulary(): Promise<StemIndex> {
    const index = vocabulary;
    const from = last;
    const fromWord = lastWord;
    const rows = await run<{ id: unknown; w: string | null }>(sql`
      SELECT "id" AS id, "word" AS w FROM "atlas_search"."SearchWord" WHERE "id" > ${from}
      UNION ALL SELECT NULL, "word" FROM "atlas_search"."SearchWordChange"
      UNION ALL SELECT -1, (SELECT "word" FROM "atlas_search"."SearchWord" WHERE "id" = ${from})`);
    if (index !== vocabulary) return currentVocabulary();
    const check = rows.find((r) => r.id !== null && num(r.id) === -1);
    if (from > 0 && (check?.w ?? null) !== fromWord) {
      vocabulary = new StemIndex();
      last = 0;
      lastWord = null;
      return currentVocabulary();
    }
    for (const r of rows) {
      if (r.w === null || (r.id !== null && num(r.id) < 0)) continue;
      index.add(r.w);
      if (r.id !== null && num(r.id) > last) {
        last = num(r.id);
        lastWord = r.w;
      }
    }
    return index;
  }

  /**
   * Runs a search statement through atlas_search.token_query (migration 20261206200000_pg_search_tokens), which plans it
   * with sequential scans off so that the GIN index answers however common a token is. Its values (all text) travel as
   * one array, referenced in the statement as $1[n]; `columns` is the result's column definition list.
   */
  function tokenQuery<T>(statement: Fragment, columns: string): Promise<T[]> {
    const { text, args } = arrayParameters(statement);
    return run<T>(sql`SELECT * FROM "atlas_search"."token_query"(${text}, string_to_array(${args.join(RS)}, chr(30))) AS r(${raw(columns)})`);
  }

  /**
   * The use cases matching every term, and those matching every term in a title (when `titles`), from the token index
   * (./token-search.ts): as id lists made in SQL, or, when some term needs the exact check, from the candidates' texts.
   */
  async function search(q: ResolvedQuery, titles: boolean): Promise<SearchHits> {
    const words = q.terms.some((t) => termKind(t) === "word") ? await currentVocabulary() : new StemIndex();
    const plans: TermTokens[] = [];
    for (const term of q.terms) {
      const plan = termTokens(term, words);
      if (!plan) return { ids: "", inTitle: "" };
      plans.push(plan);
    }
    const tokens = (group: string[], prefix: string) => sql`string_to_array(${group.map((t) => prefix + t).join(US)}, chr(31))`;
    /** The terms' conditions on k."tokens" (and t."doc"): in any text, or (prefix '^', LIKE on the titles) in a title. */
    const where = (inTitles: boolean): Fragment => {
      const prefix = inTitles ? "^" : "";
      const all: string[] = [];
      const parts: Fragment[] = [raw("TRUE")];
      q.terms.forEach((term, i) => {
        const plan = plans[i];
        for (const group of plan.groups) {
          if (group.length === 1) all.push(group[0]);
          else parts.push(sql`k."tokens" && ${tokens(group, prefix)}`);
        }
        if (plan.like) {
          parts.push(
            inTitles
              ? sql`(${likeTerm(`split_part(t."doc", chr(31), 1)`, term)} OR ${likeTerm(`split_part(t."doc", chr(31), 2)`, term)})`
              : likeTerm(`t."doc"`, term),
          );
        }
      });
      if (all.length > 0) parts.push(sql`k."tokens" @> ${tokens([...new Set(all)], prefix)}`);
      return join(parts, " AND ");
    };
    const from = plans.some((p) => p.like || p.check)
      ? raw(`"atlas_search"."UseCaseToken" k JOIN "atlas_search"."UseCaseText" t ON t."useCaseId" = k."useCaseId"`)
      : raw(`"atlas_search"."UseCaseToken" k`);
    if (!plans.some((p) => p.check)) {
      const ids = (inTitles: boolean) => sql`(SELECT string_agg(k."useCaseId"::text, ',') FROM ${from} WHERE ${where(inTitles)})`;
      const [row] = await tokenQuery<{ ids: string | null; titled: string | null }>(
        sql`SELECT ${ids(false)} AS ids, ${titles ? ids(true) : raw("NULL::text")} AS titled`,
        `"ids" text, "titled" text`,
      );
      return { ids: row?.ids ?? "", inTitle: row?.titled ?? "" };
    }
    const rows = await tokenQuery<{ id: unknown; doc: string }>(sql`SELECT k."useCaseId" AS id, t."doc" FROM ${from} WHERE ${where(false)}`, `"id" integer, "doc" text`);
    const patterns = q.terms.map(termMatcher);
    const hit = (matches: (text: string) => boolean, texts: string[]) => texts.some(matches);
    const ids: number[] = [];
    const inTitle: number[] = [];
    for (const row of rows) {
      // doc = titleZh, titleEn, summaryZh, summaryEn, bodyZh, bodyEn, editorialZh, editorialEn joined by U+001F
      // (migrations pg_search and use_case_editorial): the titles first, then the texts searched beside them.
      const texts = row.doc.split("\u001f");
      const titleTexts = texts.slice(0, 2);
      let all = true;
      let titled = true;
      for (const re of patterns) {
        const inTitles = hit(re, titleTexts);
        if (!inTitles) titled = false;
        if (!inTitles && !hit(re, texts.slice(2))) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      const id = num(row.id);
      ids.push(id);
      if (titled) inTitle.push(id);
    }
    return { ids: ids.join(","), inTitle: inTitle.join(",") };
  }

  /** Ids of a set by title or date, from `offset`, at most `limit` (-1: all). */
  async function ordered(by: "title" | "updated", locale: "en" | "zh", set: Bitmap, size: number, visible: number, limit: number, offset: number): Promise<number[]> {
    if (size === 0 || limit === 0 || offset >= size) return [];
    const order = orderClause(by, locale);
    const wanted = limit < 0 ? null : Math.min(limit, size - offset);
    const plan = choosePagePlan({ limit: wanted ?? size, offset, size, visible });
    const bounds = wanted === null ? sql`OFFSET ${offset}` : sql`LIMIT ${wanted} OFFSET ${offset}`;
    const rows =
      plan === "ids"
        ? await run<{ id: unknown }>(sql`
            SELECT d."useCaseId" AS id FROM "atlas_search"."ExploreDoc" d
            WHERE d."useCaseId" = ANY(string_to_array(${toIds(set).join(",")}, ',')::int[])
            ORDER BY ${raw(order)} ${bounds}`)
        : // Walk the sort index, testing each id's bit in the set (passed once, as hex; bit i is bit i % 8 of byte
          // i / 8, PostgreSQL's get_bit numbering). Ids past the set's end (committed since it was read) are not in it.
          await run<{ id: unknown }>(sql`
            WITH m AS MATERIALIZED (SELECT decode(${Buffer.from(set.buffer, set.byteOffset, set.byteLength).toString("hex")}, 'hex') AS bits)
            SELECT d."useCaseId" AS id FROM "atlas_search"."ExploreDoc" d, m
            WHERE d."useCaseId" < ${set.length * 32} AND get_bit(m.bits, d."useCaseId") = 1
            ORDER BY ${raw(order)} ${bounds}`);
    return rows.map((r) => num(r.id));
  }

  function page(q: ResolvedQuery, index: FacetIndex, inTitle: Bitmap | null, result: Bitmap, size: number, visible: number, limit: number, offset: number): Promise<number[]> {
    return pageOfResult(ordered, q, index, inTitle, result, size, visible, limit, offset);
  }

  function runQuery(q: ResolvedQuery, limit: number, offset: number, withCounts: boolean) {
    return withArena(async (arena) => {
      const relevance = q.sort === "relevance";
      const searching = q.terms.length > 0;
      const [index, hits] = await Promise.all([loadIndex(arena, withCounts ? null : neededKeys(q)), searching ? search(q, relevance) : null]);
      let searched: { set: Bitmap; inTitle: Bitmap | null } | null = null;
      if (hits) {
        const set = fromIdListInto(arena.take(index.words), hits.ids);
        const inTitle = relevance ? fromIdListInto(arena.take(index.words), hits.inTitle) : null;
        // The use cases of the entities the query names match too, ranked with the title matches.
        for (const { facet, id } of q.named) {
          const value = index.values.get(`${facet}:${id}`);
          if (!value) continue;
          orInto(set, set, value.bitmap);
          if (inTitle) orInto(inTitle, inTitle, value.bitmap);
        }
        searched = { set, inTitle };
      }
      const { result, except } = evaluate(q, index, searched?.set ?? null);
      const size = count(result);
      const counts = withCounts ? facetCounts(index, except) : null;
      const ids = await page(q, index, searched?.inTitle ?? null, result, size, count(index.visible), limit, offset);
      return { size, counts, ids };
    });
  }

  return {
    name: "postgresql",

    vocabulary: () => loadVocabulary(db, "postgresql"),

    async explore(q): Promise<BackendResult> {
      const { size, counts, ids } = await runQuery(q, q.limit, q.offset, true);
      return { total: size, counts: counts!, pageIds: ids };
    },

    async allIds(q) {
      return (await runQuery(q, -1, 0, false)).ids;
    },

    async records(ids) {
      const out: UseCaseRecord[] = [];
      const linksOf = (facet: LinkFacet) => {
        const { table, column } = LINKS[facet];
        return raw(
          `COALESCE((SELECT json_agg(json_build_array(l."${column}", l."basis"))::text FROM "${table}" l WHERE l."useCaseId" = u."id"), '[]') AS "${facet}s"`,
        );
      };
      for (let i = 0; i < ids.length; i += ID_BATCH) {
        const batch = ids.slice(i, i + ID_BATCH);
        const rows = await run<RecordRow>(sql`
          SELECT u."id", u."slug", u."titleZh", u."titleEn", u."summaryZh", u."summaryEn", u."basis", u."source", u."externalUrl",
                 u."updatedAt", u."domainId", ${linksOf("technique")}, ${linksOf("mechanism")}, ${linksOf("challenge")}
          FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
          WHERE ${VISIBLE} AND u."id" IN (${list(batch)})`);
        for (const row of rows) out.push(toRecord(row));
      }
      return out;
    },

    async fusionCounts(): Promise<FusionCounts> {
      const cells = async (facet: "technique" | "challenge") => {
        const { table, column } = LINKS[facet];
        const rows = await run<{ d: unknown; v: unknown; n: unknown }>(sql`
          SELECT u."domainId" AS d, l.${raw(`"${column}"`)} AS v, count(DISTINCT u."id") AS n
          FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId" JOIN ${raw(`"${table}"`)} l ON l."useCaseId" = u."id"
          WHERE ${VISIBLE} GROUP BY u."domainId", l.${raw(`"${column}"`)}`);
        return rows.map((r): [number, number, number] => [num(r.d), num(r.v), num(r.n)]);
      };
      const [techniqueCells, challengeCells] = await Promise.all([cells("technique"), cells("challenge")]);
      return { techniqueCells, challengeCells };
    },
  };
}
