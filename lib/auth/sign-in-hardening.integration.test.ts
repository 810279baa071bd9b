// Issue 16, items 2, 3, 4 and 6 against a scratch database, through the real route (no Next server): device tokens
// keep the owner in while strangers are throttled, anonymous audit rows are cut and counted, a post from the app's
// own host address is same-origin, and text that cannot be stored is a 400 before anything is written.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cookieFrom, signInRequest, TEST_APP_URL, TEST_PASSWORD } from "../../test-support/auth-harness";
import { scratchDatabase } from "../../test-support/integration-db";

const { createUserAccount } = await import("@/lib/users/create-account");
const { requireEditor } = await import("./guard");
const { POST } = await import("../../app/api/auth/[...all]/route");
const { AUDIT_ANONYMOUS_ROWS_PER_MINUTE } = await import("./audit-policy");

const scratch = scratchDatabase();
let counter = 0;
let ip = "";
beforeEach(() => {
  counter += 1;
  ip = `198.18.0.${counter}`;
});

beforeAll(async () => {
  for (const email of ["owner@example.org", "other@example.org", "lan@example.org"]) {
    expect(await createUserAccount({ email, name: "x", role: "editor", password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
  }
}, 60_000);

function deviceCookie(response: Response): string {
  const line = response.headers.getSetCookie().find((l) => l.startsWith("atlas.device="));
  return (line ?? "").split(";")[0] ?? "";
}

describe("device tokens (item 3)", () => {
  it("let the account's owner in while strangers' failures have the email locked", async () => {
    const first = await POST(signInRequest({ email: "owner@example.org", password: TEST_PASSWORD }, { ip }));
    expect(first.status).toBe(200);
    const device = deviceCookie(first);
    expect(device).toMatch(/^atlas\.device=[\w-]+\.[\w-]+$/);
    expect(first.headers.getSetCookie().join("\n")).toMatch(/atlas\.device=[^;]+; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict/);

    // An attacker from many addresses: five failures lock the email for unknown devices (DESIGN.md's contract).
    for (let i = 0; i < 5; i += 1) {
      expect((await POST(signInRequest({ email: "owner@example.org", password: `wrong guess ${i}!` }, { ip: `192.0.2.${10 + i}` }))).status).toBe(401);
    }
    const stranger = await POST(signInRequest({ email: "owner@example.org", password: TEST_PASSWORD }, { ip: "192.0.2.99" }));
    expect(stranger.status).toBe(429);
    expect(stranger.headers.get("retry-after")).toMatch(/^\d+$/);

    // The owner's browser, with its device token: not locked out.
    const owner = await POST(signInRequest({ email: "owner@example.org", password: TEST_PASSWORD }, { ip: "198.51.100.77", cookie: device }));
    expect(owner.status).toBe(200);
    await expect(requireEditor(new Headers({ cookie: cookieFrom(owner) }))).resolves.toMatchObject({ email: "owner@example.org" });
  });

  it("are limited on their own: five failures with one device token lock that device", async () => {
    const device = deviceCookie(await POST(signInRequest({ email: "other@example.org", password: TEST_PASSWORD }, { ip })));
    for (let i = 0; i < 5; i += 1) {
      expect((await POST(signInRequest({ email: "other@example.org", password: `nope ${i} nope` }, { ip: `192.0.2.${40 + i}`, cookie: device }))).status).toBe(401);
    }
    expect((await POST(signInRequest({ email: "other@example.org", password: TEST_PASSWORD }, { ip: "192.0.2.60", cookie: device }))).status).toBe(429);
    // …while the email itself is not locked for a fresh browser.
    expect((await POST(signInRequest({ email: "other@example.org", password: TEST_PASSWORD }, { ip: "192.0.2.61" }))).status).toBe(200);
  });

  it("do not help for another account or when forged", async () => {
    const device = deviceCookie(await POST(signInRequest({ email: "lan@example.org", password: TEST_PASSWORD }, { ip })));
    for (let i = 0; i < 5; i += 1) {
      await POST(signInRequest({ email: "owner@example.org", password: `x wrong ${i} x` }, { ip: `192.0.2.${70 + i}` }));
    }
    // A token for lan@ does not count as owner@'s device; a forged one neither.
    expect((await POST(signInRequest({ email: "owner@example.org", password: TEST_PASSWORD }, { ip: "192.0.2.80", cookie: device }))).status).toBe(429);
    expect((await POST(signInRequest({ email: "owner@example.org", password: TEST_PASSWORD }, { ip: "192.0.2.81", cookie: "atlas.device=e30.forged" }))).status).toBe(429);
  });
});

describe("audit rows an anonymous caller causes (item 2)", () => {
  it("cut the email and user agent, and count repeats of one key within a minute on one row", async () => {
    const longEmail = `${"a".repeat(600)}@example.org`;
    const request = () => {
      const r = signInRequest({ email: longEmail, password: "wrong password here" }, { ip });
      r.headers.set("user-agent", "U".repeat(5000));
      return r;
    };
    for (let i = 0; i < 3; i += 1) expect((await POST(request())).status).toBe(401);
    const rows = await scratch.db.auditLog.findMany({ where: { action: "auth.login.failure", ip } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actorEmail).toHaveLength(254);
    expect(rows[0]?.userAgent).toHaveLength(256);
    expect(JSON.parse(rows[0]?.details ?? "{}")).toMatchObject({ count: 3 });
  });

  it("stop at a global ceiling of new rows a minute, counting the rest", async () => {
    const { writeAnonymousAudit } = await import("./anonymous-audit");
    const before = await scratch.db.auditLog.count({ where: { action: { in: ["auth.login.failure", "auth.login.throttled", "auth.cross-site"] } } });
    const total = AUDIT_ANONYMOUS_ROWS_PER_MINUTE + 20;
    for (let i = 0; i < total; i += 1) {
      await writeAnonymousAudit({ action: "auth.login.failure", actorEmail: `flood${i}@example.org`, ip: `100.64.${Math.floor(i / 250)}.${i % 250}` });
    }
    const after = await scratch.db.auditLog.count({ where: { action: { in: ["auth.login.failure", "auth.login.throttled", "auth.cross-site"] } } });
    expect(after).toBe(Math.max(before, AUDIT_ANONYMOUS_ROWS_PER_MINUTE));
    const newest = await scratch.db.auditLog.findFirstOrThrow({ where: { action: "auth.login.failure" }, orderBy: { id: "desc" } });
    expect(JSON.parse(newest.details).overflow).toBe(total - (AUDIT_ANONYMOUS_ROWS_PER_MINUTE - before));
    await scratch.db.auditLog.deleteMany({ where: { actorEmail: { startsWith: "flood" } } });
  });
});

describe("origins (item 4)", () => {
  it("signs in from the app's own host address (not APP_URL) and refuses, explains and audits a foreign origin", async () => {
    const own = signInRequest({ email: "lan@example.org", password: TEST_PASSWORD }, { ip, origin: "http://192.168.1.20:3999" });
    own.headers.set("host", "192.168.1.20:3999");
    const ok = await POST(own);
    expect(ok.status).toBe(200);

    const evil = () => {
      const r = signInRequest({ email: "lan@example.org", password: TEST_PASSWORD }, { ip, origin: "https://evil.example" });
      r.headers.set("host", "192.168.1.20:3999");
      return r;
    };
    const refused = await POST(evil());
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "CROSS_SITE_REQUEST", message: /https:\/\/evil\.example.*TRUSTED_ORIGINS/ });
    await POST(evil());
    const audit = await scratch.db.auditLog.findMany({ where: { action: "auth.cross-site", ip } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ origin: "https://evil.example", count: 2 });
  });
});

describe("text that cannot be stored (item 6)", () => {
  it("is a 400 for the sign-in email and password, before a throttle row is written", async () => {
    const attempts = await scratch.db.loginAttempt.count();
    for (const body of [{ email: "a\ud800@example.org", password: "whatever password" }, { email: "a\u0000@example.org", password: "x" }, { email: "lan@example.org", password: "pass\ud800word" }]) {
      const res = await POST(signInRequest(body, { ip }));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "INVALID_INPUT", message: /well-formed Unicode|NUL/ });
    }
    expect(await scratch.db.loginAttempt.count()).toBe(attempts);
    expect(TEST_APP_URL).toMatch(/^http/);
  });
});
