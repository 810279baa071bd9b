import { describe, expect, it } from "vitest";
import { fieldErrorsOf, isHttpUrl } from "./common";
import { ENTITIES } from "./registry";
import { ENTITY_TYPES, entityTypeOfSegment, SEGMENTS } from "./entity-types";
import { localizedPairs } from "./fields";
import { suggestSlug } from "./slug";
import { matchesTranslationFilter, translationStatus } from "./translation";
import { noteSchema } from "./note";
import { resourceSchema } from "./resource";
import { techniqueSchema } from "./technique";
import { updateUseCaseSchema, useCaseSchema } from "./use-case";

const useCase = {
  slug: "risk-control",
  domainId: 3,
  titleZh: "风险控制",
  titleEn: "Risk control",
  summaryZh: "",
  summaryEn: "Spotting risk early.",
  bodyZh: "",
  bodyEn: "**Bold** text  \n\n",
  editorialZh: "",
  editorialEn: "**What it typically involves:** ours.  \n",
  basis: "article",
  source: "§6.3",
  externalUrl: "",
  position: "2",
  status: "draft",
  techniques: [{ id: 1, basis: "article" }, { id: "2", basis: "editorial" }],
  mechanisms: [],
  challenges: [],
  resources: [],
};

describe("entity schemas", () => {
  it("every entity's defaults parse once a name and slug are filled in (and a domain for use cases)", () => {
    for (const type of ENTITY_TYPES) {
      const def = ENTITIES[type];
      const [zh, en] = def.titleFields;
      const input = { ...def.defaults, slug: "a-slug", [en]: "Name", [zh]: "", ...(type === "use-case" ? { domainId: 1 } : {}) };
      const result = def.schema.safeParse(input);
      expect(result.success, `${type}: ${result.success ? "" : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  it("normalizes input: trims text, coerces numbers and ids, drops trailing markdown whitespace, empty URL → null", () => {
    const parsed = useCaseSchema.parse(useCase);
    expect(parsed.position).toBe(2);
    expect(parsed.techniques).toEqual([{ id: 1, basis: "article" }, { id: 2, basis: "editorial" }]);
    expect(parsed.bodyEn).toBe("**Bold** text");
    expect(parsed.editorialEn).toBe("**What it typically involves:** ours.");
    expect(parsed.externalUrl).toBeNull();
  });

  it("is idempotent: parsed (stored) values parse again to the same values", () => {
    for (const type of ENTITY_TYPES) {
      const def = ENTITIES[type];
      const input = { ...def.defaults, slug: "x", [def.titleFields[1]]: "Name", ...(type === "use-case" ? { domainId: 1 } : {}) };
      const once = def.schema.parse(input);
      expect(def.schema.parse(once), type).toEqual(once);
    }
    const once = useCaseSchema.parse({ ...useCase, externalUrl: "https://example.org/a" });
    expect(useCaseSchema.parse(once)).toEqual(once);
  });

  it("derives an update variant that also needs id and version", () => {
    const missing = updateUseCaseSchema.safeParse(useCase);
    expect(missing.success).toBe(false);
    if (!missing.success) expect(Object.keys(fieldErrorsOf(missing.error)).sort()).toEqual(["id", "version"]);
    expect(updateUseCaseSchema.parse({ ...useCase, id: "7", version: 3 })).toMatchObject({ id: 7, version: 3 });
  });

  it("reports field errors as codes the UI translates", () => {
    const result = useCaseSchema.safeParse({
      ...useCase,
      slug: "Not A Slug",
      titleZh: "",
      titleEn: " ",
      summaryEn: "x".repeat(2001),
      basis: "rumour",
      externalUrl: "javascript:alert(1)",
      techniques: [{ id: 1, basis: "article" }, { id: 1, basis: "editorial" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      slug: ["slugFormat"],
      summaryEn: ["tooLong:2000"],
      basis: ["invalidChoice"],
      externalUrl: ["invalidUrl"],
      techniques: ["duplicate"],
    });
    // The one-language rule runs once the fields themselves are valid.
    const noName = useCaseSchema.safeParse({ ...useCase, titleZh: "", titleEn: "" });
    expect(noName.success).toBe(false);
    if (!noName.success) expect(fieldErrorsOf(noName.error)).toEqual({ titleEn: ["requiredOneLanguage"], titleZh: ["requiredOneLanguage"] });
  });

  it("accepts only absolute http(s) URLs for links", () => {
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>", "//evil.example", "/relative", "vbscript:x", "http://"]) {
      expect(isHttpUrl(bad), bad).toBe(false);
      expect(resourceSchema.safeParse({ ...ENTITIES.resource.defaults, slug: "r", nameEn: "R", url: bad }).success, bad).toBe(false);
    }
    expect(isHttpUrl("https://example.org/path?q=1")).toBe(true);
  });

  it("checks a note's target: an entry id, or a page key for pages", () => {
    const base = { ...ENTITIES.note.defaults, slug: "n", titleEn: "N" };
    expect(noteSchema.safeParse({ ...base, targetType: "page", pageKey: "about", targetId: null }).success).toBe(true);
    expect(noteSchema.safeParse({ ...base, targetType: "technique", targetId: 4, pageKey: null }).success).toBe(true);
    const missing = noteSchema.safeParse({ ...base, targetType: "technique", targetId: null, pageKey: null });
    expect(missing.success).toBe(false);
    if (!missing.success) expect(fieldErrorsOf(missing.error)).toEqual({ targetId: ["required"] });
  });

  it("keeps a technique's empty formula as null", () => {
    expect(techniqueSchema.parse({ ...ENTITIES.technique.defaults, slug: "t", nameEn: "T", formula: "  " }).formula).toBeNull();
  });
});

describe("translation status", () => {
  const pairs = localizedPairs(ENTITIES["use-case"].fields);
  it("flags the language missing where the other one is written, and ignores unused pairs", () => {
    expect(pairs).toEqual([["titleZh", "titleEn"], ["summaryZh", "summaryEn"], ["bodyZh", "bodyEn"], ["editorialZh", "editorialEn"]]);
    const status = translationStatus(useCase, pairs);
    expect(status).toEqual({ missingZh: true, missingEn: false });
    expect(matchesTranslationFilter(status, "missing-zh")).toBe(true);
    expect(matchesTranslationFilter(status, "complete")).toBe(false);
    expect(translationStatus({ titleZh: "标题", titleEn: "Title", bodyZh: "", bodyEn: "" }, pairs)).toEqual({ missingZh: false, missingEn: false });
  });
});

describe("slugs and segments", () => {
  it("suggests a slug from an English title", () => {
    expect(suggestSlug("Intelligent Tutoring Systems")).toBe("intelligent-tutoring-systems");
    expect(suggestSlug("  Risk & Control: café ")).toBe("risk-and-control-cafe");
    expect(suggestSlug("深度学习")).toBe("");
    expect(suggestSlug("word ".repeat(40)).length).toBeLessThanOrEqual(80);
  });

  it("maps every entity type to a URL segment and back", () => {
    for (const type of ENTITY_TYPES) expect(entityTypeOfSegment(SEGMENTS[type])).toBe(type);
    expect(entityTypeOfSegment("users")).toBeNull();
  });
});
