import { describe, expect, it } from "vitest";
import { apiListLaneOn, answerOfUseCaseList } from "./api-list-lane";

describe("the read API's request lane", () => {
  it("is on only when the catalog text cache is (CATALOG_CACHE) and the lanes are (PAGE_STORE_LANE), whatever PAGE_CACHE says", () => {
    expect(apiListLaneOn({})).toBe(true);
    expect(apiListLaneOn({ PAGE_CACHE: "off" })).toBe(true);
    expect(apiListLaneOn({ CATALOG_CACHE: "off" })).toBe(false);
    expect(apiListLaneOn({ PAGE_STORE_LANE: "off" })).toBe(false);
  });

  it("leaves to the route handler other paths, CSV, all=1 and a query the route refuses", () => {
    for (const url of ["/api/v1/use-cases/x", "/api/v1/use-casesx", "/api/v1/use-cases?format=csv", "/api/v1/use-cases?all=1", "/api/v1/use-cases?pageSize=0"]) {
      expect(answerOfUseCaseList(url), url).toBeNull();
    }
  });
});
