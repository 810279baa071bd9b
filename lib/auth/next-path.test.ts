// Issue 16, item 9: where sign-in sends a browser afterwards.
import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safe next path", () => {
  it("keeps admin paths of the locale made of safe characters", () => {
    expect(safeNextPath("/en/admin/use-cases/12", "en")).toBe("/en/admin/use-cases/12");
    expect(safeNextPath("/zh/admin/audit?action=auth.login.failure&page=2", "zh")).toBe("/zh/admin/audit?action=auth.login.failure&page=2");
  });

  it("sends anything else to the dashboard", () => {
    for (const bad of [
      "/en/admin/\u2028",
      "/en/admin/a\r\nSet-Cookie: x=1",
      "/en/admin/\n",
      "/en/admin/é",
      "/en/admin//evil.example",
      "/en/admin/../../x",
      "/en/admin/x?q=\u2029",
      "/zh/admin/x",
      "https://evil.example/en/admin/",
      "//evil.example",
      "/en/admin",
      ["/en/admin/x"],
      undefined,
    ]) expect(safeNextPath(bad, "en")).toBe("/en/admin");
  });
});
