// The explorer engine against real SQLite databases built from the committed migrations: its answers must equal a
// brute-force evaluation of the same query over the base tables, including after edits that the triggers follow.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHALLENGES, DOMAINS, MECHANISMS, TECHNIQUES, generateCatalog } from "@/bench/explorer-data";
import { scratchDatabase } from "@/test-support/integration-db";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";
import { parseExploreQuery, type ExploreQuery } from "@/lib/schemas/explore-query";
import { searchTerms, textMatches } from "@/lib/search/terms";
import { backendFor } from "./backends";
import { createExploreEngine, ExploreInputError } from "./engine";
import { createPortableBackend } from "./portable-backend";
import { createSqliteBackend } from "./sqlite-backend";

type Scratch = Awaited<ReturnType<typeof createScratchDb>>;

function q(search: string): ExploreQuery {
  const parsed = parseExploreQuery(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.query;
}

// The seeded catalog runs on whichever provider the suite runs on, with that provider's backend.
describe(`explorer on the seeded catalog (${testProvider})`, () => {
  const seeded = scratchDatabase({ seed: true });
  let engine: ReturnType<typeof createExploreEngine>;
  beforeAll(() => {
    engine = createExploreEngine(backendFor(seeded.db, seeded.scratch.provider));
  });

  it("lists every use case with every facet value, zero counts included", async () => {
    const r = await engine.explore(q(""));
    expect(r.total).toBe(13);
    expect(r.items).toHaveLength(13);
    expect(r.facets.domain.map((f) => [f.slug, f.count])).toEqual([["education", 4], ["healthcare", 3], ["finance", 3], ["logistics", 3]]);
    expect(r.facets.technique.map((f) => f.slug)).toContain("sigmoid");
    expect(r.facets.technique.find((f) => f.slug === "sigmoid")?.count).toBe(0);
    expect(r.facets.basis.map((f) => f.slug)).toEqual(["article", "editorial"]);
  });

  it("filters by technique and counts the other facets disjunctively", async () => {
    const r = await engine.explore(q("technique=computer-vision"));
    expect(r.items.map((i) => i.slug)).toContain("medical-image-analysis");
    expect(r.facets.domain.find((f) => f.slug === "healthcare")?.count).toBeGreaterThan(0);
    // The technique facet ignores its own filter: NLP still shows how many use cases it would give alone.
    const all = await engine.explore(q(""));
    expect(r.facets.technique.find((f) => f.slug === "nlp")?.count).toBe(all.facets.technique.find((f) => f.slug === "nlp")?.count);
    expect(r.facets.domain.find((f) => f.slug === "education")?.count).toBeLessThan(all.facets.domain.find((f) => f.slug === "education")!.count);
  });

  it.each(["医疗", "影像", "医疗影像"])("finds medical image analysis by the Chinese term %s", async (term) => {
    const r = await engine.explore(q(`q=${encodeURIComponent(term)}`));
    expect(r.items.map((i) => i.slug)).toContain("medical-image-analysis");
  });

  it("finds route planning by 'route', case-insensitively", async () => {
    for (const term of ["route", "ROUTE", "Route planning"]) {
      const r = await engine.explore(q(`q=${encodeURIComponent(term)}`));
      expect(r.items[0]?.slug).toBe("route-planning");
    }
  });

  // Operators and quotes are text: each finds exactly the use cases whose text holds it ("*" and "(" / ")" are in
  // every seeded body's Markdown, "-" in seven; "OR", "NEAR" and the quote in none).
  const EVERY = "every";
  const HYPHENATED = ["cargo-tracking", "intelligent-scheduling", "intelligent-tutoring-systems", "learning-process-monitoring", "medical-image-analysis", "quantitative-trading", "route-planning"];
  it.each<[string, string[] | typeof EVERY]>([
    [`"route"`, ["route-planning"]],
    ["rou*", ["route-planning"]],
    ["NEAR(route planning)", []],
    ["route AND planning", ["route-planning"]],
    ["route OR x", []],
    ["'; DROP TABLE UseCase; --", []],
    [`"`, []],
    ["*", EVERY],
    ["(", EVERY],
    ["-", HYPHENATED],
    [")", EVERY],
  ])("treats %s as literal text", async (text, expected) => {
    const r = await engine.explore(q(`q=${encodeURIComponent(text)}&pageSize=50`));
    if (expected === EVERY) expect(r.total).toBe(13);
    else expect(r.items.map((i) => i.slug).sort()).toEqual(expected);
    expect(r.items).toHaveLength(r.total);
  });

  it("rejects unknown slugs, or drops them when asked to", async () => {
    await expect(engine.explore(q("technique=no-such-thing"))).rejects.toBeInstanceOf(ExploreInputError);
    const r = await engine.explore(q("technique=no-such-thing&domain=finance"), { unknownSlugs: "ignore" });
    expect(r.ignored).toEqual([{ facet: "technique", slug: "no-such-thing" }]);
    expect(r.total).toBe(3);
  });

  it("exports the whole filtered set, ignoring paging", async () => {
    const rows = await engine.exportAll(q("domain=education&pageSize=1&page=2"));
    expect(rows.map((r) => r.slug).sort()).toEqual(["adaptive-learning-platforms", "intelligent-tutoring-systems", "learning-process-monitoring", "personalized-learning-plans"]);
  });

  it("hides drafts, deleted use cases and use cases of unpublished domains, and follows edits", async () => {
    const { db } = seeded;
    await db.useCase.update({ where: { slug: "route-planning" }, data: { status: "draft" } });
    expect((await engine.explore(q("q=route"))).items.map((i) => i.slug)).not.toContain("route-planning");
    await db.useCase.update({ where: { slug: "route-planning" }, data: { status: "published" } });
    await db.useCase.update({ where: { slug: "drug-discovery" }, data: { deletedAt: new Date() } });
    expect((await engine.explore(q("domain=healthcare"))).total).toBe(2);
    await db.domain.update({ where: { slug: "finance" }, data: { status: "draft" } });
    const r = await engine.explore(q(""));
    expect(r.total).toBe(9);
    expect(r.facets.domain.map((f) => f.slug)).not.toContain("finance");
    await db.domain.update({ where: { slug: "finance" }, data: { status: "published" } });
    await db.useCase.update({ where: { slug: "drug-discovery" }, data: { deletedAt: null, titleEn: "Drug discovery with trigram-indexed text" } });
    expect((await engine.explore(q("q=trigram-indexed"))).items.map((i) => i.slug)).toEqual(["drug-discovery"]);
    expect((await engine.explore(q(""))).total).toBe(13);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Brute force over the base tables, for comparison.

interface Base {
  visible: Array<{
    id: number;
    domain: string;
    basis: string;
    technique: string[];
    mechanism: string[];
    challenge: string[];
    texts: string[];
    titleKeyEn: string;
    updatedAt: string;
  }>;
}

function loadBase(file: string): Base {
  const raw = new Database(file, { readonly: true });
  const slugs = (table: string) => new Map(raw.prepare(`SELECT id, slug FROM "${table}"`).all().map((r) => [(r as { id: number }).id, (r as { slug: string }).slug]));
  const domainSlugs = slugs("Domain");
  const links = (table: string, column: string, names: Map<number, string>) => {
    const map = new Map<number, string[]>();
    for (const r of raw.prepare(`SELECT useCaseId, ${column} AS v FROM "${table}"`).all() as Array<{ useCaseId: number; v: number }>) {
      map.set(r.useCaseId, [...(map.get(r.useCaseId) ?? []), names.get(r.v)!]);
    }
    return map;
  };
  const techniques = links("UseCaseTechnique", "techniqueId", slugs("Technique"));
  const mechanisms = links("UseCaseMechanism", "mechanismId", slugs("FusionMechanism"));
  const challenges = links("UseCaseChallenge", "challengeId", slugs("Challenge"));
  const rows = raw
    .prepare(
      `SELECT u.* FROM UseCase u JOIN Domain d ON d.id = u.domainId
       WHERE u.status = 'published' AND u.deletedAt IS NULL AND d.status = 'published' AND d.deletedAt IS NULL`,
    )
    .all() as Array<Record<string, string | number>>;
  raw.close();
  return {
    visible: rows.map((u) => {
      const titleEn = String(u.titleEn).trim() || String(u.titleZh).trim();
      return {
        id: Number(u.id),
        domain: domainSlugs.get(Number(u.domainId))!,
        basis: String(u.basis),
        technique: techniques.get(Number(u.id)) ?? [],
        mechanism: mechanisms.get(Number(u.id)) ?? [],
        challenge: challenges.get(Number(u.id)) ?? [],
        texts: ["titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn", "editorialZh", "editorialEn"].map((f) => String(u[f])),
        titleKeyEn: titleEn.toLowerCase(),
        updatedAt: String(u.updatedAt),
      };
    }),
  };
}

type Doc = Base["visible"][number];
const FACET_NAMES = ["domain", "technique", "mechanism", "challenge", "basis"] as const;
const valuesOf = (d: Doc, facet: (typeof FACET_NAMES)[number]) =>
  facet === "domain" ? [d.domain] : facet === "basis" ? [d.basis] : d[facet];

function bruteForce(base: Base, query: ExploreQuery) {
  const terms = searchTerms(query.q);
  const searched = base.visible.filter((d) => terms.every((t) => d.texts.some((text) => textMatches(text, t))));
  const passes = (d: Doc, except: string | null) =>
    FACET_NAMES.every((f) => f === except || query.filters[f].length === 0 || valuesOf(d, f).some((v) => (query.filters[f] as string[]).includes(v)));
  const matching = searched.filter((d) => passes(d, null));
  const facets: Record<string, Record<string, number>> = {};
  for (const f of FACET_NAMES) {
    facets[f] = {};
    for (const d of searched.filter((x) => passes(x, f))) for (const v of valuesOf(d, f)) facets[f][v] = (facets[f][v] ?? 0) + 1;
  }
  return { total: matching.length, facets, matching };
}

// The synthetic catalog is written through better-sqlite3, so this part is SQLite only; it checks both backends.
describe.skipIf(testProvider !== "sqlite").each(["sqlite", "portable"] as const)("explorer (%s backend) against brute force on a synthetic catalog", (kind) => {
  let scratch: Scratch;
  let engine: ReturnType<typeof createExploreEngine>;
  let base: Base;

  beforeAll(async () => {
    scratch = await createScratchDb();
    const file = scratch.file!;
    const raw = new Database(file);
    generateCatalog(raw, 400, 7);
    // Edits the triggers must follow: unpublish, delete, move between domains, relink, unpublish a domain.
    raw.exec(`
      UPDATE UseCase SET status = 'draft' WHERE id % 17 = 0;
      UPDATE UseCase SET deletedAt = '2026-11-29T00:00:00.000+00:00' WHERE id % 23 = 0;
      UPDATE UseCase SET domainId = 1 + (id % 3) WHERE id % 11 = 0;
      UPDATE UseCase SET basis = 'article' WHERE id % 13 = 0;
      DELETE FROM UseCaseTechnique WHERE useCaseId % 7 = 0 AND techniqueId % 2 = 0;
      INSERT OR IGNORE INTO UseCaseTechnique (useCaseId, techniqueId, basis) SELECT id, 5, 'article' FROM UseCase WHERE id % 9 = 0;
      DELETE FROM UseCaseMechanism WHERE useCaseId % 5 = 0;
      INSERT OR IGNORE INTO UseCaseChallenge (useCaseId, challengeId, basis) SELECT id, 3, 'editorial' FROM UseCase WHERE id % 4 = 0;
      UPDATE UseCaseChallenge SET challengeId = 1 WHERE useCaseId % 19 = 0 AND challengeId = 2
        AND NOT EXISTS (SELECT 1 FROM UseCaseChallenge c WHERE c.useCaseId = UseCaseChallenge.useCaseId AND c.challengeId = 1);
      DELETE FROM UseCase WHERE id % 29 = 0;
      UPDATE Domain SET status = 'draft' WHERE slug = 'agriculture';
      UPDATE UseCase SET titleEn = '' WHERE id % 31 = 0;
    `);
    raw.close();
    base = loadBase(file);
    engine = createExploreEngine(kind === "sqlite" ? createSqliteBackend(scratch.db) : createPortableBackend(scratch.db, "sqlite"));
  });
  afterAll(async () => scratch.cleanup());

  const cases = [
    "",
    "technique=computer-vision",
    "technique=nlp&technique=knowledge-graphs",
    "domain=healthcare",
    "domain=finance&domain=logistics&challenge=interpretability",
    "mechanism=data-sharing&basis=article",
    "challenge=ethics-bias&challenge=data-privacy-security&technique=regression",
    "domain=education&technique=recommender-systems&mechanism=team-collaboration&basis=editorial",
    "q=%E5%8C%BB%E7%96%97",
    "q=route",
    "q=forecasting&domain=logistics",
    "q=%E5%BD%B1%E5%83%8F&technique=computer-vision",
    "q=privacy%20learning&technique=nlp&technique=speech",
    "q=ai",
    "q=%E5%8C%BB",
    "q=zzzz",
    "q=learn",
    "q=x-ray%20%E5%BD%B1%E5%83%8F",
    "q=%E9%A3%8E%E9%99%A9%20risk&sort=updated",
    "q=route&sort=title&pageSize=3&page=2",
    "q=a%20%E6%95%99%E8%82%B2&challenge=ethics-bias",
    "technique=time-series-forecasting&sort=updated",
    "domain=manufacturing&sort=updated&page=2&pageSize=5",
    "technique=deep-learning&page=3&pageSize=7",
    "domain=agriculture",
  ];

  it.each(cases)("matches brute force for %s", async (search) => {
    const query = q(search);
    const expected = bruteForce(base, query);
    const actual = query.filters.domain.includes("agriculture")
      ? await engine.explore(query, { unknownSlugs: "ignore" })
      : await engine.explore(query);
    if (query.filters.domain.includes("agriculture")) {
      expect(actual.ignored).toEqual([{ facet: "domain", slug: "agriculture" }]);
      return;
    }
    expect(actual.total).toBe(expected.total);
    for (const facet of FACET_NAMES) {
      const got = Object.fromEntries(actual.facets[facet].filter((f) => f.count > 0).map((f) => [f.slug, f.count]));
      expect(got, facet).toEqual(expected.facets[facet]);
    }
    // Every published value is listed, counted or not.
    const published = { domain: DOMAINS.length - 1, technique: TECHNIQUES.length, mechanism: MECHANISMS.length, challenge: CHALLENGES.length, basis: 2 };
    for (const facet of FACET_NAMES) expect(actual.facets[facet]).toHaveLength(published[facet]);

    const start = (query.page - 1) * query.pageSize;
    expect(actual.items.length).toBe(Math.max(0, Math.min(query.pageSize, expected.total - start)));
    if (query.sort === "title") {
      const keys = expected.matching.map((d) => d.titleKeyEn).sort();
      expect(actual.items.map((i) => (i.title.text || "").toLowerCase())).toEqual(keys.slice(start, start + query.pageSize));
    } else if (query.sort === "updated") {
      const stamps = expected.matching.map((d) => d.updatedAt).sort().reverse();
      expect(actual.items.map((i) => i.updatedAt.getTime())).toEqual(stamps.slice(start, start + query.pageSize).map((s) => new Date(s).getTime()));
    } else {
      const ids = new Set(expected.matching.map((d) => d.id));
      for (const item of actual.items) expect(ids.has(item.id)).toBe(true);
    }
  });

  it("answers queries running at the same time as it answers them one by one (each query has its own bitmaps)", async () => {
    const searches = cases.filter((c) => !c.includes("agriculture"));
    const alone = [];
    for (const search of searches) alone.push(await engine.explore(q(search)));
    const together = await Promise.all([...searches, ...searches].map((search) => engine.explore(q(search))));
    const view = (r: Awaited<ReturnType<typeof engine.explore>>) => ({ total: r.total, ids: r.items.map((i) => i.id), facets: r.facets });
    expect(together.map(view)).toEqual([...alone, ...alone].map(view));
    const exports = await Promise.all(searches.slice(0, 6).map((search) => engine.exportAll(q(search))));
    for (const [k, rows] of exports.entries()) {
      expect(rows.map((r) => r.id).sort((x, y) => x - y)).toEqual(bruteForce(base, q(searches[k])).matching.map((d) => d.id).sort((x, y) => x - y));
    }
  });

  it("exports exactly the filtered set", async () => {
    for (const search of ["technique=nlp", "q=route&domain=logistics", "technique=nlp&technique=speech&challenge=ethics-bias", "domain=healthcare&technique=computer-vision"]) {
      const query = q(search);
      const rows = await engine.exportAll(query);
      expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(bruteForce(base, query).matching.map((d) => d.id).sort((a, b) => a - b));
    }
  });
});
