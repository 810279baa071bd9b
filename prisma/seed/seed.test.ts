import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb } from "../../test-support/scratch-db";
import { applySeed, laterSeedName } from "./apply";
import { content } from "./content";

type Scratch = Awaited<ReturnType<typeof createScratchDb>>;
let scratch: Scratch;

beforeAll(async () => {
  scratch = await createScratchDb();
  expect(await applySeed(scratch.db, content)).toBe("seeded");
});
afterAll(async () => scratch.cleanup());

const bilingual = (rows: Array<Record<string, unknown>>, fields: string[]) => {
  for (const row of rows) {
    for (const f of fields) {
      expect(String(row[`${f}Zh`] ?? "").trim(), `${String(row.slug)}.${f}Zh`).not.toBe("");
      expect(String(row[`${f}En`] ?? "").trim(), `${String(row.slug)}.${f}En`).not.toBe("");
    }
  }
};

describe("seed", () => {
  it("holds every enumeration of the article with the stated counts, in both languages", async () => {
    const { db } = scratch;
    const drivers = await db.driver.findMany();
    const mechanisms = await db.fusionMechanism.findMany();
    const advantages = await db.advantage.findMany();
    const steps = await db.workflowStep.findMany({ orderBy: { position: "asc" } });
    const techniques = await db.technique.findMany();
    const domains = await db.domain.findMany();
    const trends = await db.trend.findMany();
    const challenges = await db.challenge.findMany();
    const faqs = await db.faq.findMany();
    const resources = await db.resource.findMany();
    const useCases = await db.useCase.findMany({ include: { domain: true } });
    const notes = await db.note.findMany();

    expect(drivers).toHaveLength(3);
    expect(mechanisms.map((m) => m.slug).sort()).toEqual(["algorithm-fusion", "data-sharing", "team-collaboration"]);
    expect(advantages).toHaveLength(3);
    expect(steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
    expect(domains.map((d) => d.slug).sort()).toEqual(["education", "finance", "healthcare", "logistics"]);
    expect(trends).toHaveLength(3);
    expect(challenges.map((c) => c.slug).sort()).toEqual(["data-privacy-security", "ethics-bias", "interpretability"]);
    expect(faqs).toHaveLength(3);
    expect(useCases).toHaveLength(13);
    expect(notes).toHaveLength(5);

    const byCategory = (c: string) => techniques.filter((t) => t.category === c).map((t) => t.slug).sort();
    expect(byCategory("field")).toEqual(["computer-vision", "nlp", "recommender-systems", "speech"]);
    expect(byCategory("training-strategy")).toEqual(["data-augmentation", "model-distillation", "multi-task-learning"]);
    expect(byCategory("building-block")).toEqual(["cross-entropy", "mse", "relu", "sigmoid", "tanh"]);
    for (const slug of ["deep-learning", "regression", "multimodal-fusion"]) {
      expect(techniques.find((t) => t.slug === slug)?.category).toBe("general");
    }
    for (const t of techniques.filter((x) => x.category === "building-block")) expect(t.formula).toBeTruthy();

    const kinds = (k: string[]) => resources.filter((r) => k.includes(r.kind)).length;
    expect(resources).toHaveLength(18);
    expect(kinds(["book", "paper"])).toBe(4);
    expect(kinds(["venue"])).toBe(3);
    expect(kinds(["blog"])).toBe(3);
    expect(kinds(["site"])).toBe(2);
    expect(kinds(["framework"])).toBe(3);
    expect(kinds(["data-tool"])).toBe(2);
    expect(kinds(["version-control"])).toBe(1);
    expect(resources.filter((r) => !r.verified).length).toBeGreaterThanOrEqual(2);

    const perDomain = (d: string) => useCases.filter((u) => u.domain.slug === d).map((u) => u.slug).sort();
    expect(perDomain("education")).toEqual(["adaptive-learning-platforms", "intelligent-tutoring-systems", "learning-process-monitoring", "personalized-learning-plans"]);
    expect(perDomain("healthcare")).toEqual(["disease-diagnosis", "drug-discovery", "medical-image-analysis"]);
    expect(perDomain("finance")).toEqual(["intelligent-investment-advisory", "quantitative-trading", "risk-control"]);
    expect(perDomain("logistics")).toEqual(["cargo-tracking", "intelligent-scheduling", "route-planning"]);

    bilingual(drivers, ["name", "summary"]);
    bilingual(mechanisms, ["name", "summary"]);
    bilingual(advantages, ["name", "summary"]);
    bilingual(steps, ["name", "summary"]);
    bilingual(techniques, ["name", "summary", "body"]);
    bilingual(domains, ["name", "summary"]);
    bilingual(trends, ["name", "summary"]);
    bilingual(challenges, ["name", "summary"]);
    bilingual(faqs, ["question", "answer"]);
    bilingual(resources, ["name", "summary"]);
    bilingual(useCases, ["title", "summary", "body"]);
    bilingual(notes, ["title", "body"]);
    for (const row of [...drivers, ...techniques, ...useCases, ...resources, ...notes]) expect(row.source).not.toBe("");
  });

  it("attaches the editor's notes to the entries they concern", async () => {
    const { db } = scratch;
    const regression = await db.technique.findUniqueOrThrow({ where: { slug: "regression" } });
    const notes = await db.note.findMany();
    expect(notes.filter((n) => n.targetType === "technique" && n.targetId === regression.id)).toHaveLength(3);
    expect(notes.filter((n) => n.targetType === "page" && n.pageKey === "about")).toHaveLength(1);
    const resourceNote = notes.find((n) => n.targetType === "resource");
    expect(resourceNote).toBeDefined();
    const resource = await db.resource.findUniqueOrThrow({ where: { id: resourceNote!.targetId! } });
    expect(resource.nameZh).toContain("神经网络与深度学习");
    expect(notes.some((n) => n.bodyEn.includes("0.0129"))).toBe(true);
  });

  it("links use cases with a basis, marking editorial links", async () => {
    const { db } = scratch;
    const links = await db.useCaseTechnique.findMany();
    expect(links.length).toBeGreaterThan(13);
    expect(new Set(links.map((l) => l.basis))).toEqual(new Set(["article", "editorial"]));
    const mia = await db.useCase.findUniqueOrThrow({
      where: { slug: "medical-image-analysis" },
      include: { techniques: { include: { technique: true } } },
    });
    expect(mia.techniques.map((l) => l.technique.slug)).toContain("computer-vision");
  });

  it("is idempotent and never overwrites later edits", async () => {
    const { db } = scratch;
    await db.domain.update({ where: { slug: "finance" }, data: { nameEn: "Finance (edited)" } });
    expect(await applySeed(db, content)).toBe("skipped");
    expect((await db.domain.findUniqueOrThrow({ where: { slug: "finance" } })).nameEn).toBe("Finance (edited)");
    expect(await db.useCase.count()).toBe(13);
  });

  it("holds §1.2's three traits of large models, in both languages, citing §1.2", async () => {
    const traits = await scratch.db.trait.findMany({ orderBy: { position: "asc" } });
    expect(traits.map((t) => t.slug)).toEqual(["large-parameter-count", "strong-learning-ability", "broad-applicability"]);
    expect(traits.map((t) => t.nameZh)).toEqual(["参数数量庞大", "强大的学习能力", "广泛的适用性"]);
    bilingual(traits, ["name", "summary"]);
    for (const t of traits) expect([t.source, t.basis, t.status]).toEqual(["§1.2", "article", "published"]);
  });

  it("is an import by the system: every seeded entry has its revision 1, and one audit row records it", async () => {
    const { db } = scratch;
    const revisions = await db.revision.findMany();
    const entries = (await db.useCase.count()) + (await db.domain.count()) + (await db.technique.count()) + (await db.trait.count()) + (await db.note.count());
    expect(revisions.filter((r) => ["use-case", "domain", "technique", "trait", "note"].includes(r.entityType))).toHaveLength(entries);
    expect(new Set(revisions.map((r) => `${r.action} v${r.version} by "${r.authorEmail}"`))).toEqual(new Set(['import v1 by ""']));
    expect(await db.auditLog.count({ where: { action: "catalog.import" } })).toBe(1);
  });

  it("gives a catalog seeded before traits existed its traits once, leaving everything else alone", async () => {
    const old = await createScratchDb();
    try {
      expect(await applySeed(old.db, content)).toBe("seeded");
      // As a database seeded before traits: no traits, no traits mark; and an edit made since.
      await old.db.trait.deleteMany();
      await old.db.seedRun.delete({ where: { name: laterSeedName("traits") } });
      expect(laterSeedName("traits")).toBe("article-traits-v1"); // the mark catalogs seeded since traits already hold
      await old.db.domain.update({ where: { slug: "finance" }, data: { nameEn: "Finance (edited)" } });
      expect(await applySeed(old.db, content)).toBe("seeded");
      expect(await old.db.trait.count()).toBe(3);
      expect((await old.db.domain.findUniqueOrThrow({ where: { slug: "finance" } })).nameEn).toBe("Finance (edited)");
      expect(await applySeed(old.db, content)).toBe("skipped");
      expect(await old.db.trait.count()).toBe(3);
    } finally {
      await old.cleanup();
    }
  });
});
