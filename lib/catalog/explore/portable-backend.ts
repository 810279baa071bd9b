// The explorer in plain SQL that SQLite and PostgreSQL both accept, counting facets in memory. It is correct on any
// provider but reads every visible use case per query, so it suits small catalogs: the app uses the native backends
// (./sqlite-backend.ts, ./postgres-backend.ts); this one is the plain reference the tests run against brute force.
// Search means the same as on SQLite (lib/search/terms.ts): every term must match one of the six texts. SQL narrows
// the candidates with LIKE; the exact test runs here.
import { termMatcher, termPiece } from "@/lib/search/terms";
import { recordOf, type UseCaseRow } from "./records";
import { containsPattern, join, list, num, query, raw, sql, toDate, type Dialect, type Fragment, type RawQueryClient } from "./sql";
import type { BackendResult, FacetCounts, FusionCounts, LinkRecord, ResolvedQuery, SearchBackend, UseCaseRecord } from "./types";
import { loadVocabulary } from "./vocabulary";

const VISIBLE = raw(
  `u."status" = 'published' AND u."deletedAt" IS NULL AND d."status" = 'published' AND d."deletedAt" IS NULL`,
);
const ID_BATCH = 500;


function anyLike(columns: string[], term: string): Fragment {
  const pattern = containsPattern(term);
  return join(
    columns.map((c) => sql`lower(u.${raw(`"${c}"`)}) LIKE ${pattern} ESCAPE '\\'`),
    " OR ",
  );
}

const TITLE = ["titleZh", "titleEn"];
const SUMMARY = ["summaryZh", "summaryEn"];
// The editorial paragraphs stored apart from the body (issue 13) are searched with it.
const BODY = ["bodyZh", "bodyEn", "editorialZh", "editorialEn"];

interface Doc {
  id: number;
  domainId: number;
  basis: string;
  titleKey: string;
  updated: number;
  score: number;
  technique: number[];
  mechanism: number[];
  challenge: number[];
}

export function createPortableBackend(db: RawQueryClient, dialect: Dialect): SearchBackend {
  const run = <T>(fragment: Fragment) => query<T>(db, fragment, dialect);

  async function linkRows(table: string, column: string, ids: readonly number[] | null) {
    const where = ids === null ? raw("") : sql`WHERE "useCaseId" IN (${list(ids)})`;
    return run<{ useCaseId: unknown; v: unknown; basis: string }>(
      sql`SELECT "useCaseId", ${raw(`"${column}"`)} AS v, "basis" FROM ${raw(`"${table}"`)} ${where}`,
    );
  }

  async function documents(q: ResolvedQuery): Promise<Doc[]> {
    // A LIKE on a piece of each term (lib/search/terms.ts termPiece) keeps every text that can match, and then some.
    // A query naming an entity also matches that entity's use cases, whatever their texts: no narrowing then.
    const termConditions = (q.named.length > 0 ? [] : q.terms)
      .map(termPiece)
      .filter((piece) => piece !== "")
      .map((piece) => sql`AND (${anyLike([...TITLE, ...SUMMARY, ...BODY], piece)})`);
    const texts = q.terms.length === 0 ? raw("") : raw(`, u."summaryZh", u."summaryEn", u."bodyZh", u."bodyEn", u."editorialZh", u."editorialEn"`);
    const rows = await run<{ id: unknown; domainId: unknown; basis: string; titleZh: string; titleEn: string; updatedAt: unknown; summaryZh?: string; summaryEn?: string; bodyZh?: string; bodyEn?: string; editorialZh?: string; editorialEn?: string }>(sql`
      SELECT u."id", u."domainId", u."basis", u."titleZh", u."titleEn", u."updatedAt" ${texts}
      FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
      WHERE ${VISIBLE} ${join(termConditions, " ")}`);
    const patterns = q.terms.map(termMatcher);
    const hit = (matches: (text: string) => boolean, ...values: Array<string | undefined>) => values.some((v) => v !== undefined && matches(v));
    const docs = new Map<number, Doc & { matches: boolean }>();
    for (const r of rows) {
      // Relevance, as on SQLite: matching in the title (every term) first, then the rest; each group newest first.
      let inTitle = patterns.length > 0;
      let matches = true;
      for (const re of patterns) {
        const title = hit(re, r.titleZh, r.titleEn);
        if (!title && !hit(re, r.summaryZh, r.summaryEn, r.bodyZh, r.bodyEn, r.editorialZh, r.editorialEn)) matches = false;
        if (!title) inTitle = false;
      }
      if (!matches && q.named.length === 0) continue;
      const score = inTitle ? 1 : 0;
      const zh = (r.titleZh ?? "").trim();
      const en = (r.titleEn ?? "").trim();
      const id = num(r.id);
      docs.set(id, {
        id,
        domainId: num(r.domainId),
        basis: r.basis,
        titleKey: (q.locale === "zh" ? zh || en : en || zh).toLowerCase(),
        updated: toDate(r.updatedAt).getTime(),
        score,
        technique: [],
        mechanism: [],
        challenge: [],
        matches,
      });
    }
    const [techniques, mechanisms, challenges] = await Promise.all([
      linkRows("UseCaseTechnique", "techniqueId", null),
      linkRows("UseCaseMechanism", "mechanismId", null),
      linkRows("UseCaseChallenge", "challengeId", null),
    ]);
    for (const [rows2, key] of [[techniques, "technique"], [mechanisms, "mechanism"], [challenges, "challenge"]] as const) {
      for (const l of rows2) docs.get(num(l.useCaseId))?.[key].push(num(l.v));
    }
    if (q.named.length === 0) return [...docs.values()];
    // Use cases of a named entity match, and rank with the title matches.
    const named = (d: Doc) => q.named.some(({ facet, id }) => (facet === "domain" ? d.domainId === id : d[facet].includes(id)));
    const out: Doc[] = [];
    for (const d of docs.values()) {
      if (named(d)) out.push({ ...d, score: 1 });
      else if (d.matches) out.push(d);
    }
    return out;
  }

  function evaluate(q: ResolvedQuery, docs: Doc[]) {
    const active = (["domain", "technique", "mechanism", "challenge"] as const).filter((f) => q.ids[f].length > 0);
    const passes = (d: Doc, except: string | null) =>
      active.every((f) => f === except || (f === "domain" ? q.ids.domain.includes(d.domainId) : d[f].some((v) => q.ids[f].includes(v)))) &&
      (except === "basis" || q.basis.length === 0 || (q.basis as string[]).includes(d.basis));
    const counts: FacetCounts = { domain: new Map(), technique: new Map(), mechanism: new Map(), challenge: new Map(), basis: new Map() };
    const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const d of docs) {
      if (passes(d, "domain")) bump(counts.domain, d.domainId);
      if (passes(d, "basis")) bump(counts.basis, d.basis);
      for (const f of ["technique", "mechanism", "challenge"] as const) if (passes(d, f)) for (const v of d[f]) bump(counts[f], v);
    }
    const matching = docs.filter((d) => passes(d, null));
    const byTitle = (a: Doc, b: Doc) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : a.id - b.id);
    const byUpdated = (a: Doc, b: Doc) => b.updated - a.updated || b.id - a.id;
    matching.sort(
      q.sort === "relevance" && q.terms.length > 0 ? (a, b) => b.score - a.score || byUpdated(a, b) : q.sort === "updated" ? byUpdated : byTitle,
    );
    return { counts, ids: matching.map((d) => d.id) };
  }

  return {
    name: `portable-${dialect}`,

    vocabulary: () => loadVocabulary(db, dialect),

    async explore(q): Promise<BackendResult> {
      const { counts, ids } = evaluate(q, await documents(q));
      return { total: ids.length, counts, pageIds: ids.slice(q.offset, q.offset + q.limit) };
    },

    async allIds(q) {
      return evaluate(q, await documents(q)).ids;
    },

    async records(ids) {
      const out: UseCaseRecord[] = [];
      for (let i = 0; i < ids.length; i += ID_BATCH) {
        const batch = ids.slice(i, i + ID_BATCH);
        const [rows, techniques, mechanisms, challenges] = await Promise.all([
          run<UseCaseRow>(sql`
            SELECT u."id", u."slug", u."titleZh", u."titleEn", u."summaryZh", u."summaryEn", u."basis", u."source", u."externalUrl", u."updatedAt", u."domainId"
            FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
            WHERE ${VISIBLE} AND u."id" IN (${list(batch)})`),
          linkRows("UseCaseTechnique", "techniqueId", batch),
          linkRows("UseCaseMechanism", "mechanismId", batch),
          linkRows("UseCaseChallenge", "challengeId", batch),
        ]);
        const group = (links: Array<{ useCaseId: unknown; v: unknown; basis: string }>) => {
          const map = new Map<number, LinkRecord[]>();
          for (const l of links) map.set(num(l.useCaseId), [...(map.get(num(l.useCaseId)) ?? []), { id: num(l.v), basis: l.basis }]);
          return map;
        };
        const [t, m, c] = [group(techniques), group(mechanisms), group(challenges)];
        for (const r of rows) {
          const id = num(r.id);
          out.push(recordOf(r, { techniques: t.get(id) ?? [], mechanisms: m.get(id) ?? [], challenges: c.get(id) ?? [] }));
        }
      }
      return out;
    },

    async fusionCounts(): Promise<FusionCounts> {
      const docs = await documents({ ids: { domain: [], technique: [], mechanism: [], challenge: [] }, basis: [], terms: [], named: [], sort: "title", locale: "en", limit: 0, offset: 0 });
      const cells = (key: "technique" | "challenge") => {
        const map = new Map<string, [number, number, number]>();
        for (const d of docs) {
          for (const v of new Set(d[key])) {
            const k = `${d.domainId}:${v}`;
            const cell = map.get(k) ?? [d.domainId, v, 0];
            cell[2] += 1;
            map.set(k, cell);
          }
        }
        return [...map.values()];
      };
      return { techniqueCells: cells("technique"), challengeCells: cells("challenge") };
    },
  };
}
