import { describe, expect, it } from "vitest";
import { auditDateRange, parseAuditQuery } from "./audit-query";

describe("audit query dates", () => {
  it("keeps real calendar days only", () => {
    expect(parseAuditQuery({ from: "2026-11-29", to: "2026-12-06" })).toMatchObject({ from: "2026-11-29", to: "2026-12-06" });
    for (const bad of ["2026-02-31", "2026-13-01", "10000-01-01", "2026-1-1", "x"]) expect(parseAuditQuery({ to: bad }).to, bad).toBe("");
  });

  it("asks the database only about years 1970 to 9999, whatever the URL says", () => {
    const far = auditDateRange(parseAuditQuery({ from: "0001-01-01", to: "9999-12-31" }))!;
    expect(far.gte?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(far.lt?.toISOString()).toBe("9999-12-31T23:59:59.999Z");
    const day = auditDateRange({ from: "2026-12-06", to: "2026-12-06" })!;
    expect(day).toEqual({ gte: new Date("2026-12-06T00:00:00Z"), lt: new Date("2026-12-07T00:00:00Z") });
    expect(auditDateRange({ from: "", to: "" })).toBeNull();
  });
});
