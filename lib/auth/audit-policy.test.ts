// Issue 16, item 2: attacker-shaped audit rows are cut and counted.
import { describe, expect, it } from "vitest";
import { cut, MAX_AUDIT_EMAIL, withOneMore } from "./audit-policy";

describe("audit policy", () => {
  it("cuts strings to their limit without splitting a surrogate pair", () => {
    expect(cut("a".repeat(1000), MAX_AUDIT_EMAIL)).toHaveLength(254);
    expect(cut(null, 10)).toBe("");
    const emoji = `${"a".repeat(9)}😀`; // the pair sits at 9 and 10
    expect(cut(emoji, 10)).toBe("a".repeat(9));
    expect(cut("short", 10)).toBe("short");
  });

  it("counts repeats on one row's details (the first occurrence is 1)", () => {
    const at = new Date("2026-12-06T08:00:00Z");
    const once = withOneMore(JSON.stringify({ status: 401, count: 1 }), at);
    expect(JSON.parse(once)).toEqual({ status: 401, count: 2, lastAt: at.toISOString() });
    expect(JSON.parse(withOneMore(once, at)).count).toBe(3);
    expect(JSON.parse(withOneMore("not json", at))).toEqual({ count: 2, lastAt: at.toISOString() });
    expect(JSON.parse(withOneMore("{}", at, "overflow")).overflow).toBe(1);
  });
});
