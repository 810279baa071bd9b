import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/prisma/seed/content";
import { parseArticle, findBlock } from "./parse";
import { NOTE_PASSAGES, PASSAGES, placeAnnotations, sourceSections, type ArticleEntity, type ArticleEntityKind } from "./passages";

const copies = parseArticle(readFileSync(path.join(__dirname, "../../content/article/article.txt"), "utf8"));
const TRAITS = ["large-parameter-count", "strong-learning-ability", "broad-applicability"];

// The seeded catalog as the page's loader would give it (names do not matter here).
const seeded: ArticleEntity[] = [
  ...content.domains.map((e) => ({ kind: "domain" as const, slug: e.slug, source: e.source })),
  ...content.techniques.map((e) => ({ kind: "technique" as const, slug: e.slug, source: e.source })),
  ...content.workflowSteps.map((e) => ({ kind: "workflow-step" as const, slug: `step-${e.position}`, source: e.source })),
  ...content.mechanisms.map((e) => ({ kind: "mechanism" as const, slug: e.slug, source: e.source })),
  ...content.advantages.map((e) => ({ kind: "advantage" as const, slug: e.slug, source: e.source })),
  ...content.drivers.map((e) => ({ kind: "driver" as const, slug: e.slug, source: e.source })),
  ...content.trends.map((e) => ({ kind: "trend" as const, slug: e.slug, source: e.source })),
  ...content.challenges.map((e) => ({ kind: "challenge" as const, slug: e.slug, source: e.source })),
  ...content.faqs.map((e) => ({ kind: "faq" as const, slug: e.slug, source: e.source })),
  ...content.resources.map((e) => ({ kind: "resource" as const, slug: e.slug, source: e.source })),
  ...content.useCases.map((e) => ({ kind: "use-case" as const, slug: e.slug, source: e.source })),
  ...TRAITS.map((slug) => ({ kind: "trait" as const, slug, source: "§1.2" })),
].map((e) => ({ ...e, name: `${e.kind}:${e.slug}`, href: `/${e.kind}/${e.slug}` }));

describe("the passage map", () => {
  it("names passages that exist in both copies shown, and phrases found in them", () => {
    for (const entry of PASSAGES) {
      for (const locale of ["zh", "en"] as const) {
        const block = findBlock(copies[locale], entry.passage);
        expect(block, `${entry.passage} in ${locale}`).toBeDefined();
        if (entry.phrase) expect(block!.text, `${entry.slug} in ${locale}`).toContain(entry.phrase[locale]);
      }
    }
    for (const passage of Object.values(NOTE_PASSAGES)) {
      expect(findBlock(copies.zh, passage)).toBeDefined();
      expect(findBlock(copies.en, passage)).toBeDefined();
    }
  });

  it("names only entities of the seeded catalog (and the three traits), each once", () => {
    const known = new Set(seeded.map((e) => `${e.kind}:${e.slug}`));
    const keys = PASSAGES.map((p) => `${p.kind}:${p.slug}`);
    expect(keys.filter((k) => !known.has(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    const notes = new Set(content.notes.map((n) => n.slug));
    expect(Object.keys(NOTE_PASSAGES).filter((s) => !notes.has(s))).toEqual([]);
  });

  it("is consistent with the entities' own § refs (each mapped passage lies in a section the entity cites)", () => {
    for (const entry of PASSAGES) {
      const entity = seeded.find((e) => e.kind === entry.kind && e.slug === entry.slug)!;
      const sections = sourceSections(entity.source);
      // Healthcare's source becomes "§2.1, §6.2" with issue #13's content corrections; until then it cites §6.2 only.
      if (entry.slug === "healthcare" && entity.source === "§6.2") continue;
      expect(sections.some((n) => entry.passage.startsWith(`s${n.replace(".", "-")}-p`)), `${entry.slug} (${entity.source}) at ${entry.passage}`).toBe(true);
    }
  });
});

describe("placeAnnotations", () => {
  const notes = content.notes.map((n) => ({ slug: n.slug, source: n.source }));

  it("places every seeded entity that cites a § of the article, on both copies", () => {
    for (const locale of ["zh", "en"] as const) {
      const placed = placeAnnotations(copies[locale], locale, seeded, notes);
      const seen = new Set([
        ...[...placed.passages.values()].flat().map((m) => `${m.entity.kind}:${m.entity.slug}`),
        ...[...placed.parts.values()].flat().map((e) => `${e.kind}:${e.slug}`),
      ]);
      const citing = seeded.filter((e) => sourceSections(e.source).length > 0).map((e) => `${e.kind}:${e.slug}`);
      expect(citing.filter((k) => !seen.has(k))).toEqual([]);
      expect([...placed.notes.values()].flat()).toHaveLength(notes.length);
    }
  });

  it("links a use case to its phrase in its domain's paragraph, in each language", () => {
    const zh = placeAnnotations(copies.zh, "zh", seeded, notes).passages.get("s6-1-p1")!;
    const en = placeAnnotations(copies.en, "en", seeded, notes).passages.get("s6-1-p1")!;
    const tutoring = (marks: typeof zh) => marks.find((m) => m.entity.slug === "intelligent-tutoring-systems")?.phrase;
    expect(tutoring(zh)).toBe("智能辅导系统");
    expect(tutoring(en)).toBe("intelligent tutoring systems");
  });

  it("uses an item's bold lead as the phrase when the item names one entity; a shared item gets none", () => {
    const placed = placeAnnotations(copies.en, "en", seeded, notes);
    expect(placed.passages.get("s2-2-p2")).toEqual([{ entity: expect.objectContaining({ slug: "data-sharing" }), phrase: "Data Sharing" }]);
    expect(placed.passages.get("s8-1-p3")!.map((m) => m.phrase)).toEqual([undefined, undefined]);
  });

  it("puts an entity with no finer passage at its section's heading, and a note at its passage or §", () => {
    const entity: ArticleEntity = { kind: "domain" as ArticleEntityKind, slug: "education", name: "Education", href: "/domains/education", source: "§6.1" };
    const placed = placeAnnotations(copies.zh, "zh", [entity], [{ slug: "x", source: "§5.4" }, { slug: "regression-no-hidden-layer", source: "§4.3" }]);
    expect(placed.parts.get("s6-1")).toEqual([entity]);
    expect(placed.notes.get("s5-4")).toEqual([{ slug: "x", source: "§5.4" }]);
    expect(placed.notes.get("s4-3-p3")).toEqual([{ slug: "regression-no-hidden-layer", source: "§4.3" }]);
    // A § the article does not have places nothing.
    const none = placeAnnotations(copies.zh, "zh", [{ ...entity, source: "§11.2" }], []);
    expect(none.parts.size + none.passages.size).toBe(0);
  });

  it("follows an edited source: healthcare cited as '§2.1, §6.2' sits at §2.1's item and §6.2's heading", () => {
    const healthcare: ArticleEntity = { kind: "domain", slug: "healthcare", name: "Healthcare", href: "/domains/healthcare", source: "§2.1, §6.2" };
    const placed = placeAnnotations(copies.en, "en", [healthcare], []);
    expect(placed.passages.get("s2-1-p6")).toEqual([{ entity: healthcare, phrase: "Medical Health" }]);
    expect(placed.parts.get("s6-2")).toEqual([healthcare]);
  });
});
