import { describe, expect, it } from "vitest";
import { facetViews, viewsOfUseCases } from "@/lib/catalog/explore/present";
import type { FacetCounts, UseCaseRecord, Vocabulary } from "@/lib/catalog/explore/types";
import { apiFacets, apiUseCase } from "./dto";

process.env.APP_URL = "https://atlas.example.org/";

const entity = (id: number, slug: string, nameZh: string, nameEn: string, position = id) => ({
  id, slug, nameZh, nameEn, summaryZh: "", summaryEn: "", position, category: null as string | null,
  aliasesZh: [] as string[], aliasesEn: [] as string[], aliases: [] as string[], source: "§2.1",
});
const vocabulary: Vocabulary = {
  domain: [entity(1, "healthcare", "医疗健康", "Healthcare")],
  technique: [{ ...entity(2, "computer-vision", "计算机视觉", "Computer vision"), category: "field" }, { ...entity(3, "zh-only", "只有中文", "", 0), category: "general" }],
  mechanism: [entity(4, "data-sharing", "数据共享", "Data sharing")],
  challenge: [],
};
const record: UseCaseRecord = {
  id: 9, slug: "medical-image-analysis", titleZh: "医疗影像分析", titleEn: "", summaryZh: "摘要", summaryEn: "Summary", basis: "article",
  source: "", externalUrl: "https://example.org/x", updatedAt: new Date("2026-11-29T00:00:00Z"), domainId: 1,
  techniques: [{ id: 2, basis: "editorial" }, { id: 3, basis: "article" }, { id: 99, basis: "article" }],
  mechanisms: [{ id: 4, basis: "editorial" }], challenges: [],
};

describe("API item shape", () => {
  it("flattens localized text, marks fallbacks, orders links by catalog position and drops unpublished ones", () => {
    const [view] = viewsOfUseCases([record], vocabulary, "en");
    expect(apiUseCase(view, "en")).toEqual({
      slug: "medical-image-analysis",
      title: "医疗影像分析",
      summary: "Summary",
      basis: "article",
      source: "https://example.org/x",
      domain: { slug: "healthcare", name: "Healthcare" },
      techniques: [
        { slug: "zh-only", name: "只有中文", basis: "article", fallback: true },
        { slug: "computer-vision", name: "Computer vision", basis: "editorial" },
      ],
      mechanisms: [{ slug: "data-sharing", name: "Data sharing", basis: "editorial" }],
      challenges: [],
      updatedAt: "2026-11-29T00:00:00.000Z",
      url: "https://atlas.example.org/en/use-cases/medical-image-analysis",
      fallback: true,
    });
    const [zh] = viewsOfUseCases([record], vocabulary, "zh");
    expect(apiUseCase(zh, "zh").fallback).toBeUndefined();
    expect(apiUseCase(zh, "zh").domain.name).toBe("医疗健康");
    expect(apiUseCase(zh, "zh").url).toBe("https://atlas.example.org/zh/use-cases/medical-image-analysis");
  });

  it("lists every facet value, with zero counts and categories", () => {
    const counts: FacetCounts = { domain: new Map([[1, 5]]), technique: new Map([[2, 3]]), mechanism: new Map(), challenge: new Map(), basis: new Map([["article", 5]]) };
    const facets = apiFacets(facetViews(vocabulary, counts, "en"));
    expect(facets.technique).toEqual([
      { slug: "computer-vision", name: "Computer vision", count: 3, category: "field" },
      { slug: "zh-only", name: "只有中文", count: 0, category: "general", fallback: true },
    ]);
    expect(facets.mechanism).toEqual([{ slug: "data-sharing", name: "Data sharing", count: 0 }]);
    expect(facets.basis).toEqual([
      { slug: "article", name: "From the article", count: 5 },
      { slug: "editorial", name: "Editorial", count: 0 },
    ]);
  });
});
