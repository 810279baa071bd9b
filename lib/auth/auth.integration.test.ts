// better-auth + our throttle, guard and route, end to end against a scratch database (no Next server).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cookieFrom, signInRequest, TEST_APP_URL, TEST_PASSWORD } from "../../test-support/auth-harness";
import { scratchDatabase } from "../../test-support/integration-db";

const { createUserAccount } = await import("@/lib/users/create-account");
const { requireAdmin, requireEditor } = await import("./guard");
const { AuthError } = await import("./errors");
const { POST, GET } = await import("../../app/api/auth/[...all]/route");

const scratch = scratchDatabase();
let ipCounter = 0;
/** A fresh IP per test, so that the per-IP limit of one test does not leak into the next. */
let ip = "";
beforeEach(() => {
  ipCounter += 1;
  ip = `203.0.113.${ipCounter}`;
});

beforeAll(async () => {
  for (const [email, role] of [["Admin@Example.org", "admin"], ["editor@example.org", "editor"], ["victim@example.org", "editor"], ["gone@example.org", "editor"]] as const) {
    expect(await createUserAccount({ email, name: email.split("@")[0] as string, role, password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
  }
}, 60_000);

async function signIn(email: string, password = TEST_PASSWORD, init: { cookie?: string; origin?: string | null } = {}) {
  return POST(signInRequest({ email, password }, { ip, ...init }));
}

async function expectAuthError(promise: Promise<unknown>, status: 401 | 403) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AuthError);
  expect((error as InstanceType<typeof AuthError>).status).toBe(status);
}

describe("sign-in", () => {
  it("signs in, sets an HttpOnly SameSite=Lax cookie (not Secure over http) and keeps the token out of the body", async () => {
    const res = await signIn("admin@example.org");
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/atlas\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
    expect(JSON.stringify(await res.json())).not.toMatch(/token/i);
    const actor = await requireAdmin(new Headers({ cookie: cookieFrom(res) }));
    expect(actor).toMatchObject({ email: "admin@example.org", role: "admin" });
  });

  it("stores a scrypt hash (salt:key, 64-byte key), never the password", async () => {
    const account = await scratch.db.account.findFirstOrThrow({ where: { user: { email: "admin@example.org" } } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(account.password).not.toContain(TEST_PASSWORD);
  });

  it("gives an unknown user and a wrong password the same 401 and message", async () => {
    const unknown = await signIn("nobody@example.org");
    const wrong = await signIn("admin@example.org", "wrong password entirely");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it("renews the token at sign-in and ends the session the browser already held", async () => {
    const first = await signIn("editor@example.org");
    const firstCookie = cookieFrom(first);
    const second = await signIn("editor@example.org", TEST_PASSWORD, { cookie: firstCookie });
    expect(second.status).toBe(200);
    expect(cookieFrom(second)).not.toBe(firstCookie);
    await expectAuthError(requireEditor(new Headers({ cookie: firstCookie })), 401);
    await expect(requireEditor(new Headers({ cookie: cookieFrom(second) }))).resolves.toMatchObject({ role: "editor" });
  });

  it("audits success and failure with IP and user agent", async () => {
    await signIn("editor@example.org");
    await signIn("editor@example.org", "not the password at all");
    const rows = await scratch.db.auditLog.findMany({ where: { ip }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["auth.login.success", "auth.login.failure"]);
    expect(rows[0]).toMatchObject({ actorEmail: "editor@example.org", userAgent: "vitest" });
    expect(rows[0]?.actorId).toBeTruthy();
    expect(rows[1]).toMatchObject({ actorEmail: "editor@example.org", actorId: null, userAgent: "vitest" });
  });

  it("refuses a disabled account with the same message as a wrong password", async () => {
    await scratch.db.user.update({ where: { email: "gone@example.org" }, data: { disabled: true } });
    const res = await signIn("gone@example.org");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    expect(await scratch.db.session.count({ where: { user: { email: "gone@example.org" } } })).toBe(0);
  });

  it("rejects cross-site posts, oversized bodies and every other better-auth endpoint", async () => {
    expect((await signIn("admin@example.org", TEST_PASSWORD, { origin: "https://evil.example" })).status).toBe(403);
    const big = signInRequest({ email: "admin@example.org", password: "x".repeat(20_000) }, { ip });
    expect((await POST(big)).status).toBe(413);
    const signUp = new Request(`${TEST_APP_URL}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: TEST_APP_URL },
      body: JSON.stringify({ email: "new@example.org", password: TEST_PASSWORD, name: "New" }),
    });
    expect((await POST(signUp)).status).toBe(404);
    expect((await GET()).status).toBe(404);
    expect(await scratch.db.user.count({ where: { email: "new@example.org" } })).toBe(0);
  });
});

describe("throttle", () => {
  it("answers the 6th failure within a minute for one email with 429 and Retry-After, even with the right password", async () => {
    for (let i = 0; i < 5; i += 1) {
      ip = `192.0.2.${100 + i}`; // different IPs: only the email limit applies
      expect((await signIn("victim@example.org", `wrong password ${i}!`)).status).toBe(401);
    }
    ip = "192.0.2.200";
    const sixth = await signIn("victim@example.org");
    expect(sixth.status).toBe(429);
    const retry = Number(sixth.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(await scratch.db.auditLog.count({ where: { action: "auth.login.throttled", actorEmail: "victim@example.org" } })).toBe(1);
    // Hammering on is refused too, and logged once per window, not once per request.
    expect((await signIn("victim@example.org")).status).toBe(429);
    expect(await scratch.db.auditLog.count({ where: { action: "auth.login.throttled", actorEmail: "victim@example.org" } })).toBe(1);
  });

  it("answers the 6th failure within a minute from one IP with 429, whatever the email", async () => {
    for (let i = 0; i < 5; i += 1) expect((await signIn(`stranger${i}@example.org`, "wrong password here")).status).toBe(401);
    const sixth = await signIn("admin@example.org");
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("guard", () => {
  it("is 401 without a session and with a forged cookie", async () => {
    await expectAuthError(requireEditor(new Headers()), 401);
    await expectAuthError(requireEditor(new Headers({ cookie: "atlas.session_token=forged.value" })), 401);
  });

  it("is 403 for an editor asking for admin", async () => {
    const cookie = cookieFrom(await signIn("editor@example.org"));
    await expectAuthError(requireAdmin(new Headers({ cookie })), 403);
  });

  it("applies a role change and a disabled flag on the next request", async () => {
    const cookie = cookieFrom(await signIn("editor@example.org"));
    await scratch.db.user.update({ where: { email: "editor@example.org" }, data: { role: "admin" } });
    await expect(requireAdmin(new Headers({ cookie }))).resolves.toMatchObject({ role: "admin" });
    await scratch.db.user.update({ where: { email: "editor@example.org" }, data: { role: "editor", disabled: true } });
    await expectAuthError(requireEditor(new Headers({ cookie })), 401);
    await scratch.db.user.update({ where: { email: "editor@example.org" }, data: { disabled: false } });
  });

  it("ends a session after the idle limit and after the absolute limit", async () => {
    const idle = cookieFrom(await signIn("admin@example.org"));
    const idleSession = await scratch.db.session.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    await scratch.db.session.update({ where: { id: idleSession.id }, data: { updatedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    await expectAuthError(requireEditor(new Headers({ cookie: idle })), 401);
    expect(await scratch.db.session.count({ where: { id: idleSession.id } })).toBe(0);

    const old = cookieFrom(await signIn("admin@example.org"));
    const oldSession = await scratch.db.session.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    await scratch.db.session.update({ where: { id: oldSession.id }, data: { createdAt: new Date(Date.now() - 13 * 60 * 60 * 1000) } });
    await expectAuthError(requireEditor(new Headers({ cookie: old })), 401);
  });

  it("sign-out deletes the session on the server", async () => {
    const cookie = cookieFrom(await signIn("admin@example.org"));
    const before = await scratch.db.session.count();
    const res = await POST(new Request(`${TEST_APP_URL}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: TEST_APP_URL, "x-forwarded-for": ip } }));
    expect(res.status).toBe(200);
    expect(await scratch.db.session.count()).toBe(before - 1);
    await expectAuthError(requireEditor(new Headers({ cookie })), 401);
    expect(await scratch.db.auditLog.count({ where: { action: "auth.logout", ip } })).toBe(1);
  });
});

describe("cookies over https", () => {
  it("are Secure (with the __Secure- prefix) when APP_URL is https, and the guard still reads them", async () => {
    const saved = process.env.APP_URL;
    process.env.APP_URL = "https://atlas.example.org";
    (globalThis as { fusionAtlasAuth?: unknown }).fusionAtlasAuth = undefined;
    try {
      const res = await POST(signInRequest({ email: "admin@example.org", password: TEST_PASSWORD }, { ip: "198.51.100.200", origin: "https://atlas.example.org" }));
      expect(res.status).toBe(200);
      const setCookie = res.headers.getSetCookie().join("\n");
      expect(setCookie).toMatch(/__Secure-atlas\.session_token=/);
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/HttpOnly/i);
      await expect(requireAdmin(new Headers({ cookie: cookieFrom(res) }))).resolves.toMatchObject({ email: "admin@example.org" });
    } finally {
      process.env.APP_URL = saved;
      (globalThis as { fusionAtlasAuth?: unknown }).fusionAtlasAuth = undefined;
    }
  });
});

