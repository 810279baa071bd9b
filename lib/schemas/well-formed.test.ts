// Issue 16, item 6: text the databases cannot store (a lone UTF-16 surrogate, NUL) is refused by every shared schema.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./common";
import { ENTITIES } from "./registry";
import { createUserSchema } from "./user";
import { updateUseCaseSchema, useCaseSchema } from "./use-case";
import { findUnstorableText, isWellFormedText, textProblem } from "./well-formed";

const LONE = "\ud800";
const useCase = {
  slug: "risk-control",
  domainId: 3,
  titleZh: "风险控制",
  titleEn: "Risk control",
  summaryZh: "",
  summaryEn: "Spotting risk early 😀.",
  bodyZh: "",
  bodyEn: "Body",
  editorialZh: "",
  editorialEn: "Ours",
  basis: "article",
  source: "§6.3",
  externalUrl: "",
  position: "2",
  status: "draft",
  techniques: [],
  mechanisms: [],
  challenges: [],
  resources: [],
};

describe("storable text", () => {
  it("tells well-formed text (pairs included) from a lone surrogate and NUL", () => {
    expect(isWellFormedText("风险 😀")).toBe(true);
    expect(isWellFormedText(`a${LONE}b`)).toBe(false);
    expect(isWellFormedText("\udc00")).toBe(false);
    expect(textProblem("ok")).toBeNull();
    expect(textProblem(`x${LONE}`)).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem("a\u0000b")).toMatch(/NUL/);
  });

  it("finds the first unstorable string in a JSON value, keys included", () => {
    expect(findUnstorableText({ a: ["ok", { b: `x${LONE}` }] })).toMatchObject({ path: "a[1].b" });
    expect(findUnstorableText({ [`k${LONE}`]: 1 })).toMatchObject({ problem: /key/ });
    expect(findUnstorableText({ a: ["ok", 1, null] })).toBeNull();
  });

  it("is refused in every text field of an entry, as invalidText (title, summary, markdown body, source, URL)", () => {
    expect(useCaseSchema.safeParse(useCase).success).toBe(true);
    for (const [field, value] of [["titleEn", `Risk ${LONE}`], ["summaryZh", "摘要\u0000"], ["bodyEn", `**${LONE}**`], ["editorialEn", `*${LONE}*`], ["source", `§${LONE}`], ["externalUrl", `https://example.org/${LONE}`], ["slug", `risk${LONE}`]] as const) {
      const parsed = useCaseSchema.safeParse({ ...useCase, [field]: value });
      expect(parsed.success, field).toBe(false);
      if (!parsed.success) expect(fieldErrorsOf(parsed.error)[field], field).toContain(field === "slug" ? "invalidText" : "invalidText");
    }
    expect(updateUseCaseSchema.safeParse({ ...useCase, id: 1, version: 1, titleZh: LONE }).success).toBe(false);
  });

  it("is refused by every entity's schema, in every localized and plain text field, as invalidText", () => {
    for (const entity of Object.values(ENTITIES)) {
      const names = entity.fields.flatMap((f) => (f.kind === "localized" ? [`${f.name}Zh`, `${f.name}En`] : f.kind === "text" ? [f.name] : []));
      expect(names.length, entity.type).toBeGreaterThan(0);
      for (const name of names) {
        for (const value of [`a${LONE}`, "a\u0000b"]) {
          const parsed = entity.schema.safeParse({ ...entity.defaults, slug: "some-slug", [name]: value });
          expect(parsed.success, `${entity.type}.${name}`).toBe(false);
          if (!parsed.success) expect(fieldErrorsOf(parsed.error)[name], `${entity.type}.${name}`).toContain("invalidText");
        }
      }
    }
  });

  it("is refused by the user schema", () => {
    const user = { email: "new@example.org", name: "New", role: "editor", password: "correct horse battery staple" };
    expect(createUserSchema.safeParse(user).success).toBe(true);
    expect(createUserSchema.safeParse({ ...user, name: `N${LONE}` }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...user, email: `n${LONE}@example.org` }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...user, password: `correct horse battery ${LONE}` }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...user, name: "N\u0000" }).success).toBe(false);
  });
});

describe("admin list search", () => {
  it("drops a search term that cannot be a database parameter (NUL, lone surrogate)", async () => {
    const { adminListQuery } = await import("./admin-list-query");
    expect(adminListQuery.parse({ q: "risk" }).q).toBe("risk");
    expect(adminListQuery.parse({ q: "risk\u0000" }).q).toBe("");
    expect(adminListQuery.parse({ q: `x${LONE}` }).q).toBe("");
  });
});
