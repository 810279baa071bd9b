import { describe, expect, it } from "vitest";
import { parseExploreQuery } from "@/lib/schemas/explore-query";
import { relaxations } from "./relax";

describe("relaxations", () => {
  it("leaves out the search, then each filter value, one at a time, back on page 1", () => {
    const parsed = parseExploreQuery(new URLSearchParams("q=zebra&domain=finance&domain=healthcare&technique=nlp&page=3"));
    if (!parsed.ok) throw new Error("bad query");
    const r = relaxations(parsed.query);
    expect(r.map((x) => (x.kind === "search" ? `search:${x.q}` : `${x.facet}:${x.value}`))).toEqual(["search:zebra", "domain:finance", "domain:healthcare", "technique:nlp"]);
    expect(r[0].query).toMatchObject({ q: "", page: 1, sort: "title" });
    expect(r[1].query.filters.domain).toEqual(["healthcare"]);
    expect(r[1].query.q).toBe("zebra");
    expect(r.every((x) => x.query.page === 1)).toBe(true);
  });

  it("has nothing to leave out of an empty query", () => {
    const parsed = parseExploreQuery(new URLSearchParams(""));
    if (!parsed.ok) throw new Error("bad query");
    expect(relaxations(parsed.query)).toEqual([]);
  });
});
