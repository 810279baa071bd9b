import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, exploreQueryToSearchParams, parseExploreQuery, parseExploreQueryLenient, type ExploreQuery } from "./explore-query";

function ok(search: string): ExploreQuery {
  const result = parseExploreQuery(new URLSearchParams(search));
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.query;
}

function error(search: string) {
  const result = parseExploreQuery(new URLSearchParams(search));
  if (result.ok) throw new Error(`expected an error for ${search}`);
  return result.error;
}

describe("parseExploreQuery", () => {
  it("applies the documented defaults", () => {
    expect(ok("")).toEqual({
      filters: { domain: [], technique: [], mechanism: [], challenge: [], basis: [] },
      q: "",
      sort: "title",
      page: 1,
      pageSize: 24,
      locale: "en",
      format: "json",
      all: false,
    });
  });

  it("reads repeated facet keys as lists, de-duplicated, and ignores empty values", () => {
    const q = ok("technique=nlp&technique=computer-vision&technique=nlp&domain=healthcare&basis=article&mechanism=");
    expect(q.filters.technique).toEqual(["nlp", "computer-vision"]);
    expect(q.filters.domain).toEqual(["healthcare"]);
    expect(q.filters.basis).toEqual(["article"]);
    expect(q.filters.mechanism).toEqual([]);
  });

  it("defaults the sort to relevance when searching, and falls back to title without a search", () => {
    expect(ok("q=route").sort).toBe("relevance");
    expect(ok("q=route&sort=updated").sort).toBe("updated");
    expect(ok("sort=relevance").sort).toBe("title");
    expect(ok("q=%20%20").q).toBe("");
  });

  it("accepts page sizes from 1 to 100", () => {
    expect(ok("pageSize=1").pageSize).toBe(1);
    expect(ok("pageSize=100").pageSize).toBe(100);
    expect(ok("page=3").page).toBe(3);
  });

  it.each([
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["pageSize=101", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["sort=junk", "sort"],
    ["locale=fr", "locale"],
    ["format=xml", "format"],
    ["basis=maybe", "basis"],
    ["technique=Computer%20Vision", "technique"],
    ["domain=%27%3B%20DROP%20TABLE%20UseCase%3B--", "domain"],
    ["page=1&page=2", "page"],
    ["q=a&q=b", "q"],
    ["sort=title&sort=title", "sort"],
    ["all=yes", "all"],
  ])("rejects %s naming the parameter %s", (search, param) => {
    const e = error(search);
    expect(e.param).toBe(param);
    expect(e.message.length).toBeGreaterThan(5);
  });

  it("rejects a 10 kB q but accepts 200 characters, counting code points", () => {
    expect(error(`q=${"a".repeat(10_240)}`).param).toBe("q");
    expect(ok(`q=${"a".repeat(200)}`).q).toHaveLength(200);
    expect(ok(`q=${encodeURIComponent("医".repeat(200))}`).q).toHaveLength(200);
    expect(error(`q=${encodeURIComponent("医".repeat(201))}`).param).toBe("q");
  });

  it("keeps search syntax as plain text", () => {
    for (const text of [`"route" OR 1=1`, "NEAR(a b)", "rou*", "'; DROP TABLE UseCase; --", "a AND b"]) {
      expect(ok(`q=${encodeURIComponent(text)}`).q).toBe(text);
    }
  });

  it("reads Next's searchParams records too", () => {
    const result = parseExploreQuery({ technique: ["nlp", "speech"], q: "route", extra: "ignored" });
    expect(result.ok && result.query.filters.technique).toEqual(["nlp", "speech"]);
    const repeated = parseExploreQuery({ page: ["1", "2"] });
    expect(repeated.ok).toBe(false);
  });
});

describe("exploreQueryToSearchParams", () => {
  it("writes the API's names with repeated keys and leaves defaults out", () => {
    const q = ok("technique=nlp&technique=speech&domain=education&q=route&sort=relevance&page=2");
    expect(exploreQueryToSearchParams(q).toString()).toBe("domain=education&technique=nlp&technique=speech&q=route&page=2");
  });

  it("round-trips through the parser", () => {
    const q = ok("challenge=ethics-bias&basis=editorial&q=%E5%8C%BB%E7%96%97&sort=updated&pageSize=50");
    expect(ok(exploreQueryToSearchParams(q).toString())).toEqual(q);
  });

  it("adds locale and format for export links, without paging", () => {
    const q = { ...ok("technique=nlp&page=3"), locale: "zh" as const, format: "csv" as const };
    expect(exploreQueryToSearchParams(q, { locale: true, format: true, paging: false }).toString()).toBe("technique=nlp&locale=zh&format=csv");
    const all = { ...q, format: "json" as const, all: true };
    expect(exploreQueryToSearchParams(all, { locale: true, format: true, paging: false }).toString()).toBe("technique=nlp&locale=zh&format=json&all=1");
  });
});

describe("parseExploreQueryLenient", () => {
  it("drops only the bad parameters and reports them", () => {
    const { query, errors } = parseExploreQueryLenient(new URLSearchParams("technique=nlp&page=abc&sort=junk&q=route"));
    expect(query.filters.technique).toEqual(["nlp"]);
    expect(query.q).toBe("route");
    expect(query.page).toBe(1);
    expect(query.sort).toBe("relevance");
    expect(errors.map((e) => e.param)).toEqual(["sort", "page"]);
  });

  it("returns the defaults without errors for an empty URL", () => {
    expect(parseExploreQueryLenient({})).toEqual({ query: DEFAULT_QUERY, errors: [] });
  });
});
