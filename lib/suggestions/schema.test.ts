import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/schemas/common";
import { languageOf, suggestionSchema } from "./schema";

const ok = {
  kind: "new", domainId: 1, otherDomain: "", titleZh: "", titleEn: "Crop forecasts", summaryZh: "", summaryEn: "", body: "",
  techniques: [1], mechanisms: [], challenges: [], sources: ["https://example.org/a"], creditName: "", email: "",
};

describe("suggestion schema", () => {
  it("accepts a minimal new use case", () => {
    expect(suggestionSchema.safeParse(ok).success).toBe(true);
  });
  it("needs a source, an http(s) one, a title in one language and a named 'other' domain", () => {
    const r = suggestionSchema.safeParse({ ...ok, titleEn: "", domainId: 0, sources: ["javascript:alert(1)"] });
    expect(r.success).toBe(false);
    const errors = fieldErrorsOf(r.error!);
    expect(errors.titleEn).toEqual(["requiredOneLanguage"]);
    expect(errors.otherDomain).toEqual(["required"]);
    expect(errors.sources).toEqual(["invalidUrl"]);
    expect(fieldErrorsOf(suggestionSchema.safeParse({ ...ok, sources: [] }).error!).sources).toEqual(["required"]);
  });
  it("caps links and sources", () => {
    const r = suggestionSchema.safeParse({ ...ok, techniques: Array.from({ length: 13 }, (_, i) => i + 1), sources: Array.from({ length: 6 }, (_, i) => `https://e.org/${i}`) });
    const errors = fieldErrorsOf(r.error!);
    expect(errors.techniques).toEqual(["tooMany:12"]);
    expect(errors.sources).toEqual(["tooMany:5"]);
  });
  it("an edit needs a reason", () => {
    const r = suggestionSchema.safeParse({ kind: "edit", entity: "use-case", slug: "x", baseVersion: 1, values: { titleEn: "A" }, reason: "", sources: [], creditName: "", email: "" });
    expect(fieldErrorsOf(r.error!).reason).toEqual(["required"]);
  });
  it("names the languages", () => {
    expect(languageOf("中", "")).toBe("zh");
    expect(languageOf("中", "x")).toBe("both");
    expect(languageOf("", "x")).toBe("en");
  });
  it("refuses a base version beyond what the database can hold (a field error, never a database error)", () => {
    const edit = { kind: "edit", entity: "use-case", slug: "x", values: { titleEn: "A" }, reason: "Clearer.", sources: [], creditName: "", email: "" };
    expect(suggestionSchema.safeParse({ ...edit, baseVersion: 2_147_483_647 }).success).toBe(true);
    const r = suggestionSchema.safeParse({ ...edit, baseVersion: 3_000_000_000 });
    expect(fieldErrorsOf(r.error!).baseVersion).toEqual(["invalid"]);
  });
});
