import { describe, expect, it } from "vitest";
import { authorize, type SessionRecord } from "./authorize";
import { ABSOLUTE_SESSION_SECONDS, IDLE_SESSION_SECONDS, needsTouch, sessionState, TOUCH_INTERVAL_SECONDS } from "./session-policy";
import { roleAllows, isRole } from "./roles";

const now = new Date("2026-11-29T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const later = (s: number) => new Date(now.getTime() + s * 1000);

function record(overrides: Partial<SessionRecord> & { role?: string; disabled?: boolean } = {}): SessionRecord {
  const { role = "editor", disabled = false, ...rest } = overrides;
  return {
    id: "s1",
    createdAt: ago(600),
    updatedAt: ago(30),
    expiresAt: later(3600),
    user: { id: "u1", email: "e@example.org", name: "E", role, disabled },
    ...rest,
  };
}

describe("roles", () => {
  it("admin includes editor, editor does not include admin, unknown roles are not roles", () => {
    expect(roleAllows("admin", "editor")).toBe(true);
    expect(roleAllows("admin", "admin")).toBe(true);
    expect(roleAllows("editor", "editor")).toBe(true);
    expect(roleAllows("editor", "admin")).toBe(false);
    expect(isRole("owner")).toBe(false);
    expect(isRole("admin")).toBe(true);
  });
});

describe("session policy", () => {
  it("is active inside both limits, idle after the idle limit, expired after the absolute limit or expiresAt", () => {
    expect(sessionState(record(), now)).toBe("active");
    expect(sessionState(record({ updatedAt: ago(IDLE_SESSION_SECONDS) }), now)).toBe("idle");
    expect(sessionState(record({ createdAt: ago(ABSOLUTE_SESSION_SECONDS), updatedAt: ago(1) }), now)).toBe("expired");
    expect(sessionState(record({ expiresAt: ago(1) }), now)).toBe("expired");
  });

  it("touches activity at most once per interval", () => {
    expect(needsTouch(record({ updatedAt: ago(TOUCH_INTERVAL_SECONDS - 1) }), now)).toBe(false);
    expect(needsTouch(record({ updatedAt: ago(TOUCH_INTERVAL_SECONDS) }), now)).toBe(true);
  });
});

describe("authorize (the guard's decision)", () => {
  it("is 401 without a session", () => {
    const d = authorize(null, "editor", now);
    expect(d.ok).toBe(false);
    if (!d.ok) expect([d.error.status, d.endSession]).toEqual([401, false]);
  });

  it("is 401 and ends the session when it is expired, idle or its user disabled", () => {
    for (const r of [record({ expiresAt: ago(1) }), record({ updatedAt: ago(IDLE_SESSION_SECONDS + 1) }), record({ disabled: true })]) {
      const d = authorize(r, "editor", now);
      expect(d.ok).toBe(false);
      if (!d.ok) expect([d.error.status, d.error.code, d.endSession]).toEqual([401, "unauthenticated", true]);
    }
  });

  it("is 403 for an editor asking for admin, and for an unknown role", () => {
    for (const [role, needed] of [["editor", "admin"], ["owner", "editor"]] as const) {
      const d = authorize(record({ role }), needed, now);
      expect(d.ok).toBe(false);
      if (!d.ok) expect([d.error.status, d.error.code, d.endSession]).toEqual([403, "forbidden", false]);
    }
  });

  it("lets editors edit and admins do everything", () => {
    expect(authorize(record(), "editor", now)).toEqual({ ok: true, role: "editor" });
    expect(authorize(record({ role: "admin" }), "admin", now)).toEqual({ ok: true, role: "admin" });
    expect(authorize(record({ role: "admin" }), "editor", now)).toEqual({ ok: true, role: "admin" });
  });
});
