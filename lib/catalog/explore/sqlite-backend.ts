// The explorer on SQLite: FTS5 (trigram) for search, and trigger-maintained aggregates for facet counts
// (prisma/migrations/20261129010000_search). All values are bound parameters; see ./sql.ts.
//
// How a query runs. A "profile" groups the visible use cases that share domain, basis, mechanism set and challenge
// set; ExploreProfile.n counts them and ExploreProfileTechnique.n counts, per profile, those linking each technique.
//  - Without a search term and with at most one technique, every count is a sum over profiles: the cost follows the
//    number of profiles (hundreds), not of use cases. The page then walks a sort index, testing each entry's profile,
//    or gathers the matching rows and sorts them, whichever the counts say is cheaper.
//  - With a search term (or several techniques, which profiles cannot combine), the matching use cases are counted
//    per profile once, and the same sums follow. This part is proportional to the number of matches.
// Facet counts are disjunctive: each facet's counts apply every filter except the facet's own.
import { matchExpression, prefixRange } from "@/lib/search/fts";
import { isShortTerm } from "@/lib/search/terms";
import { join, list, num, query, raw, sql, toDate, type Fragment, type RawQueryClient } from "./sql";
import type { BackendResult, FacetCounts, FusionCounts, LinkRecord, ResolvedQuery, SearchBackend, UseCaseRecord } from "./types";
import { loadVocabulary } from "./vocabulary";

const TRUE = raw("1");

/** A batch size for IN lists well under SQLite's bound-parameter limit. */
const ID_BATCH = 500;

interface ProfilePredicates {
  domain: Fragment;
  basis: Fragment;
  mechanism: Fragment;
  challenge: Fragment;
}

/** Per facet, "does profile p pass this facet's filter" (TRUE when the facet has no filter). */
function profilePredicates(q: PlannedQuery, alias: string): ProfilePredicates {
  const p = raw(alias);
  const setFilter = (facet: "mechanism" | "challenge", ids: number[]) =>
    ids.length === 0
      ? TRUE
      : sql`EXISTS (SELECT 1 FROM "ExploreProfileValue" v WHERE v."facet" = ${facet} AND v."valueId" IN (${list(ids)}) AND v."profileId" = ${p}."id")`;
  return {
    domain: q.ids.domain.length === 0 ? TRUE : sql`${p}."domainId" IN (${list(q.ids.domain)})`,
    basis: q.basis.length === 0 ? TRUE : sql`${p}."basis" IN (${list(q.basis)})`,
    mechanism: setFilter("mechanism", q.ids.mechanism),
    challenge: setFilter("challenge", q.ids.challenge),
  };
}

const and = (...fragments: Fragment[]) => {
  const real = fragments.filter((f) => f !== TRUE);
  return real.length === 0 ? TRUE : join(real, " AND ");
};

/** The resolved query plus its FTS5 match expression (null when not searching). */
type PlannedQuery = ResolvedQuery & { match: string | null };

function titleKey(q: PlannedQuery): Fragment {
  return raw(q.locale === "zh" ? `"titleKeyZh"` : `"titleKeyEn"`);
}

/** Whether the query can be answered from the profile aggregates alone (no per-use-case work). */
function profileOnly(q: PlannedQuery): boolean {
  return q.match === null && q.ids.technique.length <= 1;
}

function emptyCounts(): FacetCounts {
  return { domain: new Map(), technique: new Map(), mechanism: new Map(), challenge: new Map(), basis: new Map() };
}

type Row = { k: string; id: number | bigint | null; label: string | null; n: number | bigint | null };

/** The facet arms shared by both plans: `w` holds the profiles with their weight `nt` and the filter flags. */
function facetArms(): Fragment {
  return raw(`
    SELECT 'total' AS k, NULL AS id, NULL AS label, sum(nt) AS n FROM w WHERE okD AND okB AND okM AND okC
    UNION ALL SELECT 'domain', "domainId", NULL, sum(nt) FROM w WHERE okB AND okM AND okC GROUP BY "domainId"
    UNION ALL SELECT 'basis', NULL, "basis", sum(nt) FROM w WHERE okD AND okM AND okC GROUP BY "basis"
    UNION ALL SELECT 'mechanism', v."valueId", NULL, sum(w.nt) FROM w JOIN "ExploreProfileValue" v ON v."profileId" = w."id" AND v."facet" = 'mechanism'
      WHERE okD AND okB AND okC GROUP BY v."valueId"
    UNION ALL SELECT 'challenge', v."valueId", NULL, sum(w.nt) FROM w JOIN "ExploreProfileValue" v ON v."profileId" = w."id" AND v."facet" = 'challenge'
      WHERE okD AND okB AND okM GROUP BY v."valueId"`);
}

function flagColumns(pred: ProfilePredicates): Fragment {
  return sql`(${pred.domain}) AS okD, (${pred.basis}) AS okB, (${pred.mechanism}) AS okM, (${pred.challenge}) AS okC`;
}

/** Plan A: no search, at most one technique. Facets and total from profiles only. */
function profileFacetsSql(q: PlannedQuery): Fragment {
  const pred = profilePredicates(q, "p");
  const technique = q.ids.technique[0];
  const weight = technique === undefined ? raw(`p."n"`) : raw(`coalesce(pt."n", 0)`);
  const joinTechnique =
    technique === undefined ? raw("") : sql`LEFT JOIN "ExploreProfileTechnique" pt ON pt."profileId" = p."id" AND pt."techniqueId" = ${technique}`;
  const techniqueDrive =
    technique === undefined ? raw("") : sql`UNION ALL SELECT 'techDrive', NULL, NULL, sum("n") FROM "ExploreProfileTechnique" WHERE "techniqueId" = ${technique}`;
  return sql`
    WITH w AS MATERIALIZED (
      SELECT p."id", p."domainId", p."basis", p."n", ${weight} AS nt, ${flagColumns(pred)}
      FROM "ExploreProfile" p ${joinTechnique}
      WHERE p."n" > 0
    )
    ${facetArms()}
    UNION ALL SELECT 'technique', t."techniqueId", NULL, sum(t."n") FROM w JOIN "ExploreProfileTechnique" t ON t."profileId" = w."id"
      WHERE okD AND okB AND okM AND okC GROUP BY t."techniqueId"
    UNION ALL SELECT 'all', NULL, NULL, sum("n") FROM w
    UNION ALL SELECT 'drive', NULL, NULL, sum("n") FROM w WHERE okD AND okB AND okM AND okC
    ${techniqueDrive}`;
}

/** Plan A's page: the cheaper of walking a sort index and gathering-then-sorting. */
function profilePageSql(q: PlannedQuery, plan: "walk" | "profiles" | "technique", limit: number, offset: number): Fragment {
  const pred = profilePredicates(q, "p");
  const profileFilter = and(pred.domain, pred.basis, pred.mechanism, pred.challenge);
  const technique = q.ids.technique[0];
  const byUpdated = q.sort === "updated";
  const order = byUpdated
    ? raw(`d."updatedAt" DESC, d."profileId" DESC, d."useCaseId" DESC`)
    : sql`d.${titleKey(q)}, d."profileId", d."useCaseId"`;
  const conditions: Fragment[] = [];
  if (profileFilter !== TRUE) {
    conditions.push(sql`d."profileId" IN (SELECT p."id" FROM "ExploreProfile" p WHERE p."n" > 0 AND ${profileFilter})`);
  }
  if (technique !== undefined && plan !== "technique") {
    conditions.push(sql`EXISTS (SELECT 1 FROM "ExploreDocTechnique" x WHERE x."useCaseId" = d."useCaseId" AND x."techniqueId" = ${technique})`);
  }
  const where = conditions.length === 0 ? raw("") : sql`WHERE ${join(conditions, " AND ")}`;
  if (plan === "technique" && technique !== undefined) {
    const extra = conditions.length === 0 ? raw("") : sql`AND ${join(conditions, " AND ")}`;
    return sql`
      SELECT d."useCaseId" AS id FROM "ExploreDocTechnique" x CROSS JOIN "ExploreDoc" d ON d."useCaseId" = x."useCaseId"
      WHERE x."techniqueId" = ${technique} ${extra}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  }
  const index =
    plan === "profiles" ? raw(`"ExploreDoc_profile"`) : byUpdated ? raw(`"ExploreDoc_updated"`) : raw(q.locale === "zh" ? `"ExploreDoc_titleZh"` : `"ExploreDoc_titleEn"`);
  // Without any filter there is nothing to gather by; the sort index is always right.
  const indexed = plan === "profiles" && profileFilter === TRUE ? raw("") : sql`INDEXED BY ${index}`;
  return sql`
    SELECT d."useCaseId" AS id FROM "ExploreDoc" d ${indexed} ${where}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * Plan B: a search term, or several techniques. `md` holds the matching visible use cases (before the technique
 * filter, which `tok` records), counted per profile into `w`.
 */
function matchSql(q: PlannedQuery, withFacets: boolean, limit: number, offset: number): Fragment {
  const pred = profilePredicates(q, "p");
  const techniques = q.ids.technique;
  const matches =
    q.match !== null
      ? sql`SELECT s.rowid AS id, s.rank AS rank FROM "UseCaseSearch" s WHERE "UseCaseSearch" MATCH ${q.match}`
      : sql`SELECT DISTINCT "useCaseId" AS id, 0 AS rank FROM "ExploreDocTechnique" WHERE "techniqueId" IN (${list(techniques)})`;
  const tok =
    techniques.length === 0 || q.match === null
      ? TRUE
      : sql`EXISTS (SELECT 1 FROM "ExploreDocTechnique" x WHERE x."useCaseId" = d."useCaseId" AND x."techniqueId" IN (${list(techniques)}))`;
  const order =
    q.sort === "relevance" ? raw(`rank, tk, id`) : q.sort === "updated" ? raw(`up DESC, id DESC`) : raw(`tk, id`);
  const page = sql`
    SELECT 'page' AS k, id, NULL AS label, row_number() OVER (ORDER BY ${order}) AS n FROM (
      SELECT md.id, md.rank, md.tk, md.up FROM md
      WHERE md.tok AND md."profileId" IN (SELECT "id" FROM w WHERE okD AND okB AND okM AND okC)
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )`;
  const techniqueFacet =
    q.match !== null
      ? raw(`SELECT 'technique', t."techniqueId", NULL, count(*) FROM md JOIN "ExploreDocTechnique" t ON t."useCaseId" = md.id
          WHERE md."profileId" IN (SELECT "id" FROM w WHERE okD AND okB AND okM AND okC) GROUP BY t."techniqueId"`)
      : sql`SELECT 'technique', t."techniqueId", NULL, sum(t."n") FROM "ExploreProfile" p JOIN "ExploreProfileTechnique" t ON t."profileId" = p."id"
          WHERE p."n" > 0 AND ${and(pred.domain, pred.basis, pred.mechanism, pred.challenge)} GROUP BY t."techniqueId"`;
  return sql`
    WITH m AS MATERIALIZED (${matches}),
    md AS MATERIALIZED (
      SELECT d."useCaseId" AS id, m.rank AS rank, d."profileId", d.${titleKey(q)} AS tk, d."updatedAt" AS up, (${tok}) AS tok
      FROM m JOIN "ExploreDoc" d ON d."useCaseId" = m.id
    ),
    w AS MATERIALIZED (
      SELECT p."id", p."domainId", p."basis", c.nt, ${flagColumns(pred)}
      FROM (SELECT "profileId", sum(tok) AS nt FROM md GROUP BY "profileId") c JOIN "ExploreProfile" p ON p."id" = c."profileId"
    )
    ${withFacets ? sql`${facetArms()} UNION ALL ${techniqueFacet} UNION ALL ${page}` : page}`;
}

function readCounts(rows: Row[]): { total: number; counts: FacetCounts; extra: Map<string, number>; pageIds: number[] } {
  const counts = emptyCounts();
  const extra = new Map<string, number>();
  const page: Array<[number, number]> = [];
  let total = 0;
  for (const row of rows) {
    const n = num(row.n);
    switch (row.k) {
      case "total":
        total = n;
        break;
      case "basis":
        counts.basis.set(String(row.label), n);
        break;
      case "domain":
      case "technique":
      case "mechanism":
      case "challenge":
        counts[row.k].set(num(row.id), n);
        break;
      case "page":
        page.push([n, num(row.id)]);
        break;
      default:
        extra.set(row.k, n);
    }
  }
  page.sort((a, b) => a[0] - b[0]);
  return { total, counts, extra, pageIds: page.map(([, id]) => id) };
}

/** Rows read per page by walking a sort index, gathering by profile, or gathering by technique. */
export function choosePagePlan(estimate: {
  limit: number;
  offset: number;
  total: number;
  all: number;
  profileDrive: number;
  techniqueDrive: number | null;
}): "walk" | "profiles" | "technique" {
  const walk = ((estimate.offset + estimate.limit) * estimate.all) / Math.max(estimate.total, 1);
  const byProfiles = estimate.profileDrive * 1.5;
  const byTechnique = estimate.techniqueDrive === null ? Infinity : estimate.techniqueDrive * 1.5;
  if (walk <= byProfiles && walk <= byTechnique) return "walk";
  return byTechnique < byProfiles ? "technique" : "profiles";
}

export function createSqliteBackend(db: RawQueryClient): SearchBackend {
  /** For each 1-2 character term, the indexed trigrams that start with it. */
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

  /** Adds the match expression; null when a search term occurs nowhere, so that nothing can match. */
  async function plan(q: ResolvedQuery): Promise<PlannedQuery | null> {
    if (q.terms.length === 0) return { ...q, match: null };
    const match = matchExpression(q.terms, await expandShortTerms(q.terms.filter(isShortTerm)));
    return match === null ? null : { ...q, match };
  }

  return {
    name: "sqlite",

    vocabulary: () => loadVocabulary(db),

    async explore(resolved): Promise<BackendResult> {
      const q = await plan(resolved);
      if (q === null) return { total: 0, counts: emptyCounts(), pageIds: [] };
      if (!profileOnly(q)) {
        const { total, counts, pageIds } = readCounts(await query<Row>(db, matchSql(q, true, q.limit, q.offset)));
        return { total, counts, pageIds };
      }
      const { total, counts, extra } = readCounts(await query<Row>(db, profileFacetsSql(q)));
      if (total === 0 || q.limit === 0 || q.offset >= total) return { total, counts, pageIds: [] };
      const pagePlan = choosePagePlan({
        limit: q.limit,
        offset: q.offset,
        total,
        all: extra.get("all") ?? total,
        profileDrive: extra.get("drive") ?? total,
        techniqueDrive: q.ids.technique.length === 1 ? (extra.get("techDrive") ?? 0) : null,
      });
      const rows = await query<{ id: unknown }>(db, profilePageSql(q, pagePlan, q.limit, q.offset));
      return { total, counts, pageIds: rows.map((r) => num(r.id)) };
    },

    async allIds(resolved) {
      const q = await plan(resolved);
      if (q === null) return [];
      if (!profileOnly(q)) {
        const rows = await query<Row>(db, matchSql(q, false, -1, 0));
        return readCounts(rows).pageIds;
      }
      const rows = await query<{ id: unknown }>(db, profilePageSql(q, q.ids.technique.length === 1 ? "technique" : "profiles", -1, 0));
      return rows.map((r) => num(r.id));
    },

    async records(ids) {
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
    },

    async fusionCounts(): Promise<FusionCounts> {
      const rows = await query<{ k: string; d: unknown; v: unknown; n: unknown }>(
        db,
        raw(`
          SELECT 't' AS k, p."domainId" AS d, t."techniqueId" AS v, sum(t."n") AS n
            FROM "ExploreProfile" p JOIN "ExploreProfileTechnique" t ON t."profileId" = p."id"
           WHERE t."n" > 0 GROUP BY p."domainId", t."techniqueId"
          UNION ALL
          SELECT 'c', p."domainId", v."valueId", sum(p."n")
            FROM "ExploreProfile" p JOIN "ExploreProfileValue" v ON v."profileId" = p."id" AND v."facet" = 'challenge'
           WHERE p."n" > 0 GROUP BY p."domainId", v."valueId"`),
      );
      const result: FusionCounts = { techniqueCells: [], challengeCells: [] };
      for (const r of rows) {
        const cell: [number, number, number] = [num(r.d), num(r.v), num(r.n)];
        if (cell[2] <= 0) continue;
        (r.k === "t" ? result.techniqueCells : result.challengeCells).push(cell);
      }
      return result;
    },
  };
}

interface RecordRow {
  id: unknown;
  slug: string;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  basis: string;
  source: string;
  externalUrl: string | null;
  updatedAt: unknown;
  domainId: unknown;
  techniques: string | null;
  mechanisms: string | null;
  challenges: string | null;
}

function links(json: string | null): LinkRecord[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((pair: unknown) => {
    const [id, basis] = Array.isArray(pair) ? pair : [];
    return { id: num(id), basis: String(basis ?? "editorial") };
  });
}

function toRecord(row: RecordRow): UseCaseRecord {
  return {
    id: num(row.id),
    slug: row.slug,
    titleZh: row.titleZh ?? "",
    titleEn: row.titleEn ?? "",
    summaryZh: row.summaryZh ?? "",
    summaryEn: row.summaryEn ?? "",
    basis: row.basis,
    source: row.source ?? "",
    externalUrl: row.externalUrl ?? null,
    updatedAt: toDate(row.updatedAt),
    domainId: num(row.domainId),
    techniques: links(row.techniques),
    mechanisms: links(row.mechanisms),
    challenges: links(row.challenges),
  };
}
