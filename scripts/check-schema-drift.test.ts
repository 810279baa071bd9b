import { describe, expect, it } from "vitest";
import { drift, modelsOf } from "./check-schema-drift.mjs";

const base = `model A {\n  id Int @id\n  name String // comment\n}\n`;

describe("schema drift check", () => {
  it("accepts identical models that differ only in comments and native types", () => {
    const pg = `model A {\n  id   Int    @id\n  name String @db.Text\n}\n`;
    expect(drift(modelsOf(base), modelsOf(pg))).toEqual([]);
  });

  it("reports a changed field, a missing model and an extra model", () => {
    const pg = `model A {\n  id Int @id\n  name String?\n}\nmodel B {\n  id Int @id\n}\n`;
    const problems: string[] = drift(modelsOf(base), modelsOf(pg));
    expect(problems.some((p) => p.includes('SQLite has "name String"'))).toBe(true);
    expect(problems.some((p) => p.includes("model B exists only in the PostgreSQL schema"))).toBe(true);
  });
});
