// The explorer on PostgreSQL (prisma/postgres/migrations/20261129040000_pg_search): pg_trgm for search, SQL
// aggregates for facets. It answers exactly what the SQLite backend answers (lib/catalog/explore/search-equality.test.ts
// checks that on the seeded catalog). All values are bound parameters; see ./sql.ts.
//
// How a query runs:
//  1. Search (when there are terms): a piece of every term (lib/search/terms.ts termPiece: the term, or the start of a
//     word term's stem) must occur in the use case's lower-cased texts (atlas_search."UseCaseText".doc LIKE '%…%',
//     answered by the GIN trigram index for pieces of 3+ characters). The candidates' texts come back and the exact
//     definition of a match (lib/search/terms.ts: CJK terms anywhere, other terms by their stems at word starts, each
//     text on its own) decides, as on SQLite. Stems come from the very Porter stemmer SQLite's FTS5 uses
//     (lib/search/porter.ts), not from PostgreSQL's `english` configuration (Snowball stems differently, e.g.
//     "generalization" -> "general" where Porter gives "gener", so the providers would disagree). It also finds the
//     use cases that match in their titles, and those of the entities the query names (aliases), which relevance
//     puts first.
//  2. Facets and total: one statement over the visible use cases (∧ the matches), each row carrying whether it passes
//     each facet's filter; a facet's counts drop its own filter (disjunctive).
//  3. One page in order, in SQL: by title (SQLite's key: trimmed, ASCII-lower-cased, compared byte-wise: COLLATE "C"),
//     by date, or by relevance (title matches first, then the most recently updated in each group, as on SQLite).
import { termMatcher, termPiece } from "@/lib/search/terms";
import { toRecord, type RecordRow } from "./records";
import { containsPattern, join, list, num, query, raw, sql, type Fragment, type RawQueryClient } from "./sql";
import type { BackendResult, FacetCounts, FusionCounts, ResolvedQuery, SearchBackend, UseCaseRecord } from "./types";
import { loadVocabulary } from "./vocabulary";

const VISIBLE = raw(
  `u."status" = 'published' AND u."deletedAt" IS NULL AND d."status" = 'published' AND d."deletedAt" IS NULL`,
);
const ID_BATCH = 500;
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** SQLite's title key: lower(trim(title in the locale, else the other)); SQLite's lower() folds ASCII only. */
function titleKey(locale: "en" | "zh"): Fragment {
  const [first, second] = locale === "zh" ? ["titleZh", "titleEn"] : ["titleEn", "titleZh"];
  return raw(
    `translate(CASE WHEN btrim(u."${first}", ' ') <> '' THEN btrim(u."${first}", ' ') ELSE btrim(u."${second}", ' ') END, '${UPPER}', '${UPPER.toLowerCase()}') COLLATE "C"`,
  );
}

const LINKS = {
  technique: { table: "UseCaseTechnique", column: "techniqueId" },
  mechanism: { table: "UseCaseMechanism", column: "mechanismId" },
  challenge: { table: "UseCaseChallenge", column: "challengeId" },
} as const;

type LinkFacet = keyof typeof LINKS;

/** "This use case belongs to that entity", for the entities a query names. */
function namedCondition(facet: ResolvedQuery["named"][number]["facet"], id: number): Fragment {
  if (facet === "domain") return sql`u."domainId" = ${id}`;
  const { table, column } = LINKS[facet];
  return sql`EXISTS (SELECT 1 FROM ${raw(`"${table}"`)} l WHERE l."useCaseId" = u."id" AND l.${raw(`"${column}"`)} = ${id})`;
}

/** Ids as one bound text parameter ("1,2,3"), read back as int[]: one parameter whatever the number of ids. */
function idArray(ids: Iterable<number>): Fragment {
  return sql`string_to_array(${[...ids].join(",")}, ',')::int[]`;
}

interface SearchHits {
  ids: number[];
  inTitle: Set<number>;
}

export function createPostgresBackend(db: RawQueryClient): SearchBackend {
  const run = <T>(fragment: Fragment) => query<T>(db, fragment, "postgresql");

  /** The visible use cases matching every term, and those matching every term in a title; null when not searching. */
  async function search(q: ResolvedQuery): Promise<SearchHits | null> {
    if (q.terms.length === 0) return null;
    const pieces = [...new Set(q.terms.map(termPiece))].filter((p) => p !== "");
    const narrow = pieces.length === 0 ? raw("") : sql`AND ${join(pieces.map((p) => sql`t."doc" LIKE lower(${containsPattern(p)}) ESCAPE '\\'`), " AND ")}`;
    const rows = await run<{ id: unknown; doc: string }>(sql`
      SELECT t."useCaseId" AS id, t."doc"
      FROM "atlas_search"."UseCaseText" t JOIN "UseCase" u ON u."id" = t."useCaseId" JOIN "Domain" d ON d."id" = u."domainId"
      WHERE ${VISIBLE} ${narrow}`);
    const named = q.named.length === 0 ? [] : await run<{ id: unknown }>(sql`
      SELECT u."id" FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
      WHERE ${VISIBLE} AND (${join(q.named.map(({ facet, id }) => namedCondition(facet, id)), " OR ")})`);
    const patterns = q.terms.map(termMatcher);
    const hit = (matches: (text: string) => boolean, texts: string[]) => texts.some(matches);
    const ids: number[] = [];
    const inTitle = new Set<number>();
    for (const row of rows) {
      // doc = titleZh, titleEn, summaryZh, summaryEn, bodyZh, bodyEn, editorialZh, editorialEn joined by U+001F
      // (migrations pg_search and use_case_editorial): the titles first, then the texts searched beside them.
      const texts = row.doc.split("\u001f");
      const titles = texts.slice(0, 2);
      let all = true;
      let titled = true;
      for (const re of patterns) {
        const inTitles = hit(re, titles);
        if (!inTitles) titled = false;
        if (!inTitles && !hit(re, texts.slice(2))) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      const id = num(row.id);
      ids.push(id);
      if (titled) inTitle.add(id);
    }
    // The use cases of the entities the query names match too, ranked with the title matches.
    const found = new Set(ids);
    for (const row of named) {
      const id = num(row.id);
      inTitle.add(id);
      if (!found.has(id)) ids.push(id);
    }
    return { ids, inTitle };
  }

  /**
   * The visible use cases (∧ the search hits) as "docs", each with whether it passes each filter (pd, pt, pm, pc, pb),
   * plus whatever sort columns are asked for.
   */
  function docs(q: ResolvedQuery, hits: SearchHits | null, extra: Fragment = raw("")): Fragment {
    const linkFilter = (facet: LinkFacet) => {
      const values = q.ids[facet];
      if (values.length === 0) return raw("TRUE");
      const { table, column } = LINKS[facet];
      return sql`EXISTS (SELECT 1 FROM ${raw(`"${table}"`)} l WHERE l."useCaseId" = u."id" AND l.${raw(`"${column}"`)} IN (${list(values)}))`;
    };
    const domain = q.ids.domain.length === 0 ? raw("TRUE") : sql`u."domainId" IN (${list(q.ids.domain)})`;
    const basis = q.basis.length === 0 ? raw("TRUE") : sql`(CASE WHEN u."basis" = 'article' THEN 'article' ELSE 'editorial' END) IN (${list(q.basis)})`;
    const searched = hits === null ? raw("") : sql`AND u."id" = ANY(${idArray(hits.ids)})`;
    return sql`
      SELECT u."id", u."domainId", CASE WHEN u."basis" = 'article' THEN 'article' ELSE 'editorial' END AS basis,
             ${domain} AS pd, ${linkFilter("technique")} AS pt, ${linkFilter("mechanism")} AS pm,
             ${linkFilter("challenge")} AS pc, ${basis} AS pb ${extra}
      FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
      WHERE ${VISIBLE} ${searched}`;
  }

  async function counts(q: ResolvedQuery, hits: SearchHits | null): Promise<{ total: number; counts: FacetCounts }> {
    const result: FacetCounts = { domain: new Map(), technique: new Map(), mechanism: new Map(), challenge: new Map(), basis: new Map() };
    if (hits !== null && hits.ids.length === 0) return { total: 0, counts: result };
    const linkCounts = (facet: LinkFacet, scope: string) => {
      const { table, column } = LINKS[facet];
      return raw(`SELECT '${facet}' AS f, l."${column}"::text AS v, count(*) AS n FROM docs JOIN "${table}" l ON l."useCaseId" = docs."id" WHERE ${scope} GROUP BY l."${column}"`);
    };
    const rows = await run<{ f: string; v: string; n: unknown }>(sql`
      WITH docs AS MATERIALIZED (${docs(q, hits)})
      SELECT 'total' AS f, '' AS v, count(*) AS n FROM docs WHERE pd AND pt AND pm AND pc AND pb
      UNION ALL SELECT 'domain', "domainId"::text, count(*) FROM docs WHERE pt AND pm AND pc AND pb GROUP BY "domainId"
      UNION ALL SELECT 'basis', basis, count(*) FROM docs WHERE pd AND pt AND pm AND pc GROUP BY basis
      UNION ALL ${linkCounts("technique", "pd AND pm AND pc AND pb")}
      UNION ALL ${linkCounts("mechanism", "pd AND pt AND pc AND pb")}
      UNION ALL ${linkCounts("challenge", "pd AND pt AND pm AND pb")}`);
    let total = 0;
    for (const r of rows) {
      if (r.f === "total") total = num(r.n);
      else if (r.f === "basis") result.basis.set(r.v, num(r.n));
      else result[r.f as keyof Omit<FacetCounts, "basis">].set(Number(r.v), num(r.n));
    }
    return { total, counts: result };
  }

  /** Ids of the result set in the query's order, from `offset`, at most `limit` (null: all). */
  async function page(q: ResolvedQuery, hits: SearchHits | null, limit: number | null, offset: number): Promise<number[]> {
    if (limit === 0 || (hits !== null && hits.ids.length === 0)) return [];
    const relevance = hits !== null && q.sort === "relevance";
    const extra = relevance
      ? sql`, u."updatedAt", u."id" = ANY(${idArray(hits.inTitle)}) AS titled`
      : q.sort === "updated"
        ? raw(`, u."updatedAt"`)
        : sql`, ${titleKey(q.locale)} AS "titleKey"`;
    const order = relevance
      ? `titled DESC, "updatedAt" DESC, "id" DESC`
      : q.sort === "updated"
        ? `"updatedAt" DESC, "id" DESC`
        : `"titleKey", "id"`;
    const rows = await run<{ id: unknown }>(sql`
      WITH docs AS (${docs(q, hits, extra)})
      SELECT "id" FROM docs WHERE pd AND pt AND pm AND pc AND pb
      ORDER BY ${raw(order)} ${limit === null ? raw("") : sql`LIMIT ${limit}`} OFFSET ${offset}`);
    return rows.map((r) => num(r.id));
  }

  return {
    name: "postgresql",

    vocabulary: () => loadVocabulary(db, "postgresql"),

    async explore(q): Promise<BackendResult> {
      const hits = await search(q);
      const [{ total, counts: facetCounts }, pageIds] = await Promise.all([counts(q, hits), page(q, hits, q.limit, q.offset)]);
      return { total, counts: facetCounts, pageIds };
    },

    async allIds(q) {
      return page(q, await search(q), null, 0);
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
