// Writes while the database is unreachable (issue 21): the guard's session read or the operation itself failing to
// reach the database is a typed "unavailable" result (503), not a thrown error, so the editor's form can say so
// and keep every field; other errors still throw.
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const guard = vi.hoisted(() => ({ fail: null as unknown }));
vi.mock("@/lib/auth/guard", () => ({
  requireEditor: async () => {
    if (guard.fail) throw guard.fail;
    return { userId: 1, email: "e@example.org", role: "editor" };
  },
  requireAdmin: async () => {
    throw new Error("not used");
  },
}));

const { guarded, statusOf } = await import("./guarded");
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("guarded, with the database unreachable", () => {
  it("answers 'unavailable' when the guard cannot read the session", async () => {
    guard.fail = refused;
    const result = await guarded("editor", async () => ({ ok: true as const, data: 1 }));
    expect(result).toMatchObject({ ok: false, kind: "unavailable", status: 503 });
    expect(statusOf(result as never)).toBe(503);
  });

  it("answers 'unavailable' when the operation loses the database", async () => {
    guard.fail = null;
    const result = await guarded("editor", async () => {
      throw { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P03" } };
    });
    expect(result).toMatchObject({ ok: false, kind: "unavailable" });
  });

  it("still throws anything else", async () => {
    guard.fail = null;
    await expect(guarded("editor", async () => Promise.reject(new Error("a bug")))).rejects.toThrow(/a bug/);
  });
});
