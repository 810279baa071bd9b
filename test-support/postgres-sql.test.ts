import { describe, expect, it } from "vitest";
import { sqliteShaped, toPostgresSql } from "./postgres-sql";

describe("toPostgresSql", () => {
  it("numbers the placeholders and quotes camel-case names", () => {
    expect(toPostgresSql("select count(*) as n from Session s join User u on u.id = s.userId where u.email = ?")).toBe(
      'select count(*) as n from "Session" s join "User" u on u.id = s."userId" where u.email = $1',
    );
    expect(toPostgresSql("select 1 from Revision where entityType = 'use-case' and entityId = ? and version = 1 and authorEmail = ?")).toBe(
      `select 1 from "Revision" where "entityType" = 'use-case' and "entityId" = $1 and version = 1 and "authorEmail" = $2`,
    );
  });

  it("leaves string literals and quoted names alone, question marks and capitals included", () => {
    expect(toPostgresSql(`select "UseCase".id from "UseCase" where titleEn = 'Why? It''s Big' and slug = ?`)).toBe(
      `select "UseCase".id from "UseCase" where "titleEn" = 'Why? It''s Big' and slug = $1`,
    );
  });

  it("keeps lower-case words, numbers and sub-queries as they are", () => {
    expect(toPostgresSql("update Trend set nameEn = ? where id = (select min(id) from Trend) and length(bodyEn) < 50000")).toBe(
      'update "Trend" set "nameEn" = $1 where id = (select min(id) from "Trend") and length("bodyEn") < 50000',
    );
  });
});

describe("sqliteShaped", () => {
  it("turns booleans into 1/0 and dates into epoch milliseconds, and keeps the rest", () => {
    const at = new Date("2026-01-02T03:04:05.006Z");
    expect(sqliteShaped({ disabled: true, other: false, deletedAt: at, n: 3, s: "x", none: null })).toEqual({
      disabled: 1,
      other: 0,
      deletedAt: at.getTime(),
      n: 3,
      s: "x",
      none: null,
    });
  });
});
