// Security: the server actions and the admin route handlers, called directly (not through the UI), without a
// session and with the editor role. Every call is refused with 401/403 and the database is left unchanged.
import { describe, expect, it } from "vitest";
import { TEST_APP_URL, TEST_PASSWORD } from "@/test-support/auth-harness";
import { integrationWorld } from "@/test-support/integration-db";

const { catalogText } = await import("@/lib/editing/catalog/export-catalog");
const { ENTITIES } = await import("@/lib/schemas/registry");
const actions = await import("./entries");
const users = await import("./users");
const importRoute = await import("@/app/api/admin/import/route");
const exportRoute = await import("@/app/api/admin/export/route");
const usersRoute = await import("@/app/api/admin/users/route");

const world = integrationWorld();

/** Everything a refused call could have changed. */
async function state(): Promise<string> {
  const db = world.scratch.db;
  const userRows = await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, role: true, disabled: true } });
  // Refused cross-site posts are audited (issue 16, item 4); everything else a refusal must leave untouched.
  const audit = await db.auditLog.count({ where: { action: { not: "auth.cross-site" } } });
  return JSON.stringify({ catalog: await catalogText(db), users: userRows, revisions: await db.revision.count(), audit });
}

function request(path: string, init: { method?: string; body?: string; cookie?: string; origin?: string } = {}): Request {
  const headers = new Headers({ "content-type": "application/json" });
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.origin) headers.set("origin", init.origin);
  return new Request(`${TEST_APP_URL}${path}`, { method: init.method ?? "POST", headers, body: init.body });
}

/** Content actions: an editor's to use, so only the no-session case calls them. */
async function contentActions() {
  const technique = await world.scratch.db.technique.findUniqueOrThrow({ where: { slug: "nlp" } });
  const values = { ...ENTITIES.technique.defaults, slug: "nlp", nameEn: "Hijacked", category: "field" };
  return {
    create: await actions.saveEntryAction("technique", null, { values: { ...values, slug: "brand-new" } }),
    update: await actions.saveEntryAction("technique", null, { id: technique.id, version: technique.version, values }),
    delete: await actions.deleteEntryAction("technique", technique.id, technique.version),
    restore: await actions.restoreEntryAction("technique", technique.id, technique.version),
    revert: await actions.revertEntryAction("technique", technique.id, technique.version, 1),
    checkSlug: await actions.checkSlugAction("technique", "x", null),
  };
}

/** Admin-only actions and routes (users, purge, import/export). */
async function adminOnly(cookie: string | undefined) {
  const db = world.scratch.db;
  const technique = await db.technique.findUniqueOrThrow({ where: { slug: "nlp" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: world.admin.email } });
  const file = await catalogText(db);
  return {
    actions: {
      purge: await actions.purgeEntryAction("technique", technique.id),
      createUser: await users.createUserAction(null, { email: "intruder@example.org", name: "I", role: "admin", password: TEST_PASSWORD }),
      setRole: await users.setUserRoleAction(admin.id, "editor"),
      disable: await users.setUserDisabledAction(admin.id, true),
      deleteUser: await users.deleteUserAction(admin.id),
    },
    routes: {
      import: (await importRoute.POST(request("/api/admin/import?mode=apply", { body: file, cookie }))).status,
      export: (await exportRoute.GET(request("/api/admin/export", { method: "GET", cookie }))).status,
      users: (await usersRoute.POST(request("/api/admin/users", { body: JSON.stringify({ email: "intruder@example.org", name: "I", role: "admin", password: TEST_PASSWORD }), cookie }))).status,
    },
  };
}

describe("direct calls without a session", () => {
  it("are all refused with 401, and nothing changes", async () => {
    const before = await state();
    world.actAs(null);
    const content = await contentActions();
    const { actions: admin, routes } = await adminOnly(undefined);
    for (const [name, result] of Object.entries({ ...content, ...admin })) {
      expect(result, name).toMatchObject({ ok: false, kind: "unauthenticated", status: 401 });
    }
    expect(routes).toEqual({ import: 401, export: 401, users: 401 });
    expect(await state()).toBe(before);
  });
});

describe("direct calls as an editor", () => {
  it("refuse every admin-only action and route with 403, and nothing changes", async () => {
    const before = await state();
    world.actAs(world.editor);
    const { actions: results, routes } = await adminOnly(world.editor.cookie);
    for (const [name, result] of Object.entries(results)) {
      expect(result, name).toMatchObject({ ok: false, kind: "forbidden", status: 403 });
    }
    expect(routes).toEqual({ import: 403, export: 403, users: 403 });
    expect(await state()).toBe(before);
  });

  it("refuse a disabled account's session with 401", async () => {
    world.actAs(world.editor);
    await world.scratch.db.user.update({ where: { email: world.editor.email }, data: { disabled: true } });
    expect(await actions.checkSlugAction("technique", "x", null)).toMatchObject({ ok: false, kind: "unauthenticated", status: 401 });
    await world.scratch.db.user.update({ where: { email: world.editor.email }, data: { disabled: false } });
  });
});

describe("admin route handlers", () => {
  it("refuse cross-site posts before anything else, and oversized bodies with 413", async () => {
    const before = await state();
    world.actAs(world.admin);
    const crossSite = await importRoute.POST(request("/api/admin/import", { body: "{}", cookie: world.admin.cookie, origin: "https://evil.example" }));
    expect(crossSite.status).toBe(403);
    expect(await world.scratch.db.auditLog.count({ where: { action: "auth.cross-site" } })).toBe(1);
    const huge = await importRoute.POST(request("/api/admin/import", { body: "x".repeat(10 * 1024 * 1024 + 1), cookie: world.admin.cookie }));
    expect(huge.status).toBe(413);
    const hugeUser = await usersRoute.POST(request("/api/admin/users", { body: "x".repeat(20_000), cookie: world.admin.cookie }));
    expect(hugeUser.status).toBe(413);
    expect(await state()).toBe(before);
  });

  it("let an admin export and create a user", async () => {
    world.actAs(world.admin);
    const exported = await exportRoute.GET(request("/api/admin/export", { method: "GET", cookie: world.admin.cookie }));
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/attachment; filename="fusion-atlas-catalog-/);
    const created = await usersRoute.POST(request("/api/admin/users", { body: JSON.stringify({ email: "new.editor@example.org", name: "New", role: "editor", password: TEST_PASSWORD }), cookie: world.admin.cookie }));
    expect(created.status).toBe(201);
    const weak = await usersRoute.POST(request("/api/admin/users", { body: JSON.stringify({ email: "weak@example.org", name: "W", role: "editor", password: "password1234" }), cookie: world.admin.cookie }));
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ error: { code: "invalid", fieldErrors: { password: ["weakPassword:common"] } } });
  });
});
