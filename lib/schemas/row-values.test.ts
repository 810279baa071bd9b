import { describe, expect, it } from "vitest";
import { z } from "zod";
import { traitSchema } from "./trait";
import { enumOptions, objectOf, rowValues } from "./row-values";

describe("rowValues", () => {
  const row = { id: 7, slug: "a", nameZh: "甲", nameEn: "A", summaryZh: "", summaryEn: "S", source: "§1.2", position: 2, status: "published", basis: "editorial", version: 3, extra: "x" };

  it("takes the schema's fields column for column, in the schema's order, and nothing else", () => {
    const values = rowValues(objectOf(traitSchema), row, {}, {});
    expect(values).toEqual({ slug: "a", nameZh: "甲", nameEn: "A", summaryZh: "", summaryEn: "S", source: "§1.2", position: 2, status: "published", basis: "editorial" });
    expect(Object.keys(values)).toEqual(Object.keys(objectOf(traitSchema).shape));
  });

  it("reads an unknown status as draft and an unknown enum value as the declared fallback, else the default", () => {
    const odd = { ...row, status: "archived", basis: "rumour" };
    expect(rowValues(objectOf(traitSchema), odd, {}, { basis: "article" })).toMatchObject({ status: "draft", basis: "article" });
    expect(rowValues(objectOf(traitSchema), odd, { basis: "editorial" }, { basis: "article" })).toMatchObject({ basis: "editorial" });
  });

  it("leaves the bookkeeping out", () => {
    const shape = z.object({ slug: z.string(), version: z.number(), createdAt: z.string() });
    expect(rowValues(shape, { slug: "s", version: 1, createdAt: "t" }, {}, {})).toEqual({ slug: "s" });
  });

  it("finds enum options through defaults and nullables", () => {
    expect(enumOptions(z.enum(["x", "y"]).default("x"))).toEqual(["x", "y"]);
    expect(enumOptions(z.enum(["x"]).nullable())).toEqual(["x"]);
    expect(enumOptions(z.string())).toBeNull();
  });
});
