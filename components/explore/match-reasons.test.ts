import { describe, expect, it } from "vitest";
import type { UseCaseView } from "@/lib/catalog/explore/present";
import { matchReasons } from "./match-reasons";

const ref = (slug: string, text: string) => ({ slug, name: { text, lang: "en" as const, fallback: false } });
const item = (slug: string, techniques: string[]): UseCaseView => ({
  id: 1, slug, title: { text: slug, lang: "en", fallback: false }, summary: { text: "", lang: "en", fallback: false }, basis: "article", source: "",
  externalUrl: null, updatedAt: new Date(0), domain: ref("healthcare", "Healthcare"), techniques: techniques.map((t) => ref(t, t.toUpperCase())),
  mechanisms: [], challenges: [],
});

describe("matchReasons", () => {
  it("prefers the text snippet, else names the linked entities the search named, else nothing", () => {
    const snippet = { field: "summary" as const, lang: "en" as const, otherLanguage: false, segments: [{ text: "x", match: true }] };
    const reasons = matchReasons(
      { items: [item("a", ["computer-vision"]), item("b", ["computer-vision"]), item("c", ["nlp"])], named: [{ facet: "technique", slug: "computer-vision" }] },
      { a: snippet },
    );
    expect(reasons).toEqual({ a: { snippet }, b: { via: ["COMPUTER-VISION"] } });
  });
});
