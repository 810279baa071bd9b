// Search and facets answer the same on SQLite and on PostgreSQL. One list of queries (zh, en, mixed, search syntax as
// literal text, filters with q, every sort, paging, both locales) runs through the engine on the seeded catalog, with
// the provider's native backend, and the answers (slugs in order, totals, every facet count, exports, the fusion map)
// must equal the committed golden file search-equality.golden.json.
//  - SQLite phase: proves the golden file is what SQLite answers today (regenerate it with UPDATE_SEARCH_GOLDEN=1).
//  - PostgreSQL phase (TEST_PG_URL; scripts/test.mjs): proves PostgreSQL answers the same. It runs there, never skips:
//    it asserts that it is on the PostgreSQL backend.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySeed } from "@/prisma/seed/apply";
import { content } from "@/prisma/seed/content";
import { createScratchDb, testProvider } from "@/test-support/scratch-db";
import { parseExploreQuery, type ExploreQuery } from "@/lib/schemas/explore-query";
import { backendFor } from "./backends";
import { createExploreEngine } from "./engine";

const GOLDEN = path.join(__dirname, "search-equality.golden.json");
const UPDATE = process.env.UPDATE_SEARCH_GOLDEN === "1";
// Regenerating turns every comparison below off, so CI must never do it: a run with both set fails outright.
if (UPDATE && process.env.CI) throw new Error("UPDATE_SEARCH_GOLDEN=1 is refused when CI is set: it would skip every assertion of this proof.");

const enc = encodeURIComponent;
const search = (text: string, rest = "") => `q=${enc(text)}${rest}`;

/** Every query is a URL query string, as the explore page and the API receive it. */
export const QUERIES: string[] = [
  // No search: filters, sorts, paging, locales.
  "",
  "locale=zh",
  "sort=updated",
  "domain=education",
  "technique=computer-vision&technique=nlp&basis=article",
  "domain=healthcare&domain=finance&challenge=data-privacy-security",
  "mechanism=data-sharing&sort=updated&pageSize=2&page=2",
  "basis=editorial&locale=zh",
  // Chinese: substring terms of one, two and more characters.
  ...["医疗", "影像", "医疗影像", "医", "学习", "风险", "数据", "智能", "个性化学习", "路径", "货物", "不存在的词"].map((t) => search(t)),
  search("医疗", "&locale=zh"),
  search("学习", "&sort=title&locale=zh"),
  // English: word-start prefixes, several words, case.
  ...["route", "ROUTE", "Route planning", "learning", "learn", "data", "risk", "x-ray", "deep learning", "drug", "trading", "zzzz", "ai", "a"].map((t) => search(t)),
  search("learning", "&sort=updated"),
  search("learning", "&sort=title"),
  search("data", "&pageSize=3&page=2"),
  // English inflections meet through their stems.
  ...["imaging", "images", "diagnoses", "planning", "x-rays", "abilities", "predicted", "tutor"].map((t) => search(t)),
  // A query naming a technique, domain, mechanism or challenge (name or alias) matches its use cases.
  ...["CV", "机器视觉", "machine vision", "Computer Vision", "NLP", "自然语言", "knowledge graph", "fintech", "XAI", "数据共享"].map((t) => search(t)),
  search("cv", "&sort=title&locale=zh"),
  search("CV", "&domain=healthcare"),
  // Mixed.
  ...["AI 医疗", "data 数据", "学习 learning", "risk 风险", "gpt", "medical 影像", "教育 education"].map((t) => search(t)),
  // Search syntax, SQL and LIKE wildcards are literal text.
  ...[`"route"`, "rou*", "NEAR(route planning)", "route AND planning", "route OR x", "'; DROP TABLE \"UseCase\"; --", `"`, "*", "(", "-", ")", "%", "_", "\\", "100%", "a_b", "learn%", "%学%", "$1", "?", "' OR '1'='1"].map((t) => search(t)),
  // The longest query allowed.
  search(`${"learning 学习 ".repeat(16)}data`.slice(0, 200)),
  // Filters with q.
  search("data", "&domain=healthcare"),
  search("学习", "&technique=nlp"),
  search("learning", "&domain=education&basis=article"),
  search("数据", "&challenge=data-privacy-security&challenge=interpretability"),
  search("model", "&mechanism=algorithm-fusion&sort=updated"),
];

const EXPORTS = ["technique=nlp", search("learning", "&domain=education"), search("数据"), "domain=finance&sort=updated"];

function parse(text: string): ExploreQuery {
  const parsed = parseExploreQuery(new URLSearchParams(text));
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.query;
}

type Answers = Record<string, unknown>;

describe(`search answers equal the SQLite golden file (${testProvider})`, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDb>>;
  let engine: ReturnType<typeof createExploreEngine>;
  const answers: Answers = {};

  beforeAll(async () => {
    scratch = await createScratchDb();
    await applySeed(scratch.db, content);
    // Seeding stamps updatedAt with the clock; fixed, distinct times make the "updated" and relevance orders
    // reproducible (an order unlike the ids', so that a sort by id would show).
    const slugs = (await scratch.db.useCase.findMany({ select: { slug: true } })).map((u) => u.slug);
    const byReversed = [...slugs].sort((a, b) => ([...a].reverse().join("") < [...b].reverse().join("") ? -1 : 1));
    for (const [i, slug] of byReversed.entries()) {
      await scratch.db.useCase.update({ where: { slug }, data: { updatedAt: new Date(Date.UTC(2026, 0, 1, i)) } });
    }
    // One draft, which nothing may find.
    await scratch.db.useCase.update({ where: { slug: "cargo-tracking" }, data: { status: "draft" } });
    engine = createExploreEngine(backendFor(scratch.db, scratch.provider));
  });
  afterAll(async () => {
    if (UPDATE && testProvider === "sqlite") fs.writeFileSync(GOLDEN, `${JSON.stringify(answers, null, 1)}\n`);
    await scratch?.cleanup();
  });

  it("runs on the provider's native backend", () => {
    expect(engine.backend.name).toBe(testProvider);
  });

  function golden(key: string): unknown {
    if (!fs.existsSync(GOLDEN)) throw new Error(`${GOLDEN} is missing: run this test on SQLite with UPDATE_SEARCH_GOLDEN=1.`);
    return (JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Answers)[key];
  }

  function check(key: string, answer: unknown) {
    answers[key] = answer;
    if (UPDATE && testProvider === "sqlite") return;
    expect(answer, key).toEqual(golden(key));
  }

  it.each(QUERIES)("explore ?%s", async (text) => {
    const r = await engine.explore(parse(text));
    check(`explore ${text}`, {
      total: r.total,
      items: r.items.map((i) => i.slug),
      facets: Object.fromEntries(Object.entries(r.facets).map(([facet, values]) => [facet, values.map((v) => `${v.slug}=${v.count}`)])),
    });
  });

  it.each(EXPORTS)("export ?%s", async (text) => {
    check(`export ${text}`, (await engine.exportAll(parse(text))).map((i) => i.slug));
  });

  it("fusion map", async () => {
    const map = await engine.fusionMap("en");
    check("fusion map", {
      techniqueCells: map.techniqueCells.filter((c) => c.count > 0).map((c) => `${c.domain}/${c.technique}=${c.count}`),
      challengeCells: map.challengeCells.filter((c) => c.count > 0).map((c) => `${c.domain}/${c.challenge}=${c.count}`),
    });
  });

  it("the golden file holds exactly these queries (no stale entries)", () => {
    if (UPDATE && testProvider === "sqlite") return;
    const keys = Object.keys(JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as Answers).sort();
    const expected = [...QUERIES.map((t) => `explore ${t}`), ...EXPORTS.map((t) => `export ${t}`), "fusion map"].sort();
    expect(keys).toEqual(expected);
  });
});
