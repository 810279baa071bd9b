// The admin JSON write path against a seeded scratch database (SQLite, or PostgreSQL with TEST_PG_URL): the route
// handlers run as Next would call them, with the session cookie in the request and in next/headers.
import { beforeEach, describe, expect, it } from "vitest";
import { TEST_APP_URL } from "../../../../../../test-support/auth-harness";
import { integrationWorld, type Session } from "../../../../../../test-support/integration-db";

const { GET, PUT } = await import("./route");

const world = integrationWorld();
beforeEach(() => world.actAs(world.editor));

type Init = { session?: Session | null; body?: string; contentType?: string | null; origin?: string | null };

/** Calls a handler like Next: the request carries the cookie, and next/headers sees the same headers. */
async function call(method: "GET" | "PUT", type: string, id: string | number, init: Init = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const session = init.session === undefined ? world.editor : init.session;
  world.actAs(session);
  const headers = new Headers({ "user-agent": "vitest" });
  if (session) headers.set("cookie", session.cookie);
  if (init.contentType !== null) headers.set("content-type", init.contentType ?? "application/json");
  if (init.origin) headers.set("origin", init.origin);
  const request = new Request(`${TEST_APP_URL}/api/admin/entries/${type}/${id}`, { method, headers, body: method === "PUT" ? (init.body ?? "") : undefined });
  const context = { params: Promise.resolve({ type, id: String(id) }) };
  const response = await (method === "GET" ? GET : PUT)(request, context);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function techniqueId(slug: string): Promise<number> {
  return (await world.scratch.db.technique.findUniqueOrThrow({ where: { slug } })).id;
}

async function load(slug: string) {
  const id = await techniqueId(slug);
  const got = await call("GET", "techniques", id);
  expect(got.status).toBe(200);
  return { id, version: got.body.version as number, values: got.body.values as Record<string, unknown> };
}

describe("GET /api/admin/entries/{type}/{id}", () => {
  it("returns the current values and version, by admin segment or entity type", async () => {
    const id = await techniqueId("nlp");
    const bySegment = await call("GET", "techniques", id);
    expect(bySegment.status).toBe(200);
    expect(bySegment.body).toMatchObject({ type: "technique", id, slug: "nlp", version: 1, deleted: false, values: { slug: "nlp" } });
    expect((await call("GET", "technique", id)).body).toEqual(bySegment.body);
  });

  it("is 401 without a session and 404 for unknown types and ids", async () => {
    const id = await techniqueId("nlp");
    expect((await call("GET", "techniques", id, { session: null })).status).toBe(401);
    expect((await call("GET", "users", 1)).status).toBe(404);
    expect((await call("GET", "techniques", "abc")).status).toBe(404);
    expect((await call("GET", "techniques", "..%2F1")).status).toBe(404);
    expect((await call("GET", "techniques", 999_999)).status).toBe(404);
  });
});

describe("PUT /api/admin/entries/{type}/{id}", () => {
  it("saves with the loaded version (200, new version) and writes a revision and an audit row", async () => {
    const { id, version, values } = await load("speech");
    const saved = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, summaryEn: "Saved through the API." } }) });
    expect(saved).toEqual({ status: 200, body: { id, version: version + 1 } });
    const row = await world.scratch.db.technique.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ summaryEn: "Saved through the API.", version: version + 1 });
    const revision = await world.scratch.db.revision.findUnique({ where: { entityType_entityId_version: { entityType: "technique", entityId: id, version: version + 1 } } });
    expect(revision).toMatchObject({ action: "update", authorEmail: "editor@example.org" });
    expect(await world.scratch.db.auditLog.count({ where: { action: "content.update", entityType: "technique", entityId: String(id) } })).toBe(1);
  });

  it("is 409 with a conflict message and the current entry when the version is stale; nothing is written", async () => {
    const { id, version, values } = await load("computer-vision");
    expect((await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, summaryEn: "First." } }) })).status).toBe(200);
    const stale = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, summaryEn: "Second." } }) });
    expect(stale.status).toBe(409);
    const error = stale.body.error as { code: string; message: string; current: { version: number } };
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/conflict/i);
    expect(error.current.version).toBe(version + 1);
    expect((await world.scratch.db.technique.findUniqueOrThrow({ where: { id } })).summaryEn).toBe("First.");
  });

  it("a stale save that touches other fields merges: 200 with a merged description, both changes kept (issue 14)", async () => {
    const { id, version, values } = await load("reinforcement-learning");
    expect((await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, summaryEn: "Theirs." } }) })).status).toBe(200);
    const stale = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, nameEn: "Mine" } }) });
    expect(stale).toMatchObject({ status: 200, body: { id, version: version + 2, merged: { withVersion: version + 1, by: "editor@example.org", kept: ["summaryEn"] } } });
    expect((stale.body.merged as { values: Record<string, unknown> }).values).toMatchObject({ summaryEn: "Theirs.", nameEn: "Mine" });
    expect(await world.scratch.db.technique.findUniqueOrThrow({ where: { id } })).toMatchObject({ summaryEn: "Theirs.", nameEn: "Mine" });
  });

  it("a true conflict's 409 lists each conflicting field with base, theirs and yours", async () => {
    const { id, version, values } = await load("knowledge-graphs");
    expect((await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, summaryEn: "One." } }) })).status).toBe(200);
    const stale = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, summaryEn: "Two." } }) });
    expect(stale.status).toBe(409);
    const error = stale.body.error as { conflicts: unknown[]; baseVersion: number };
    expect(error.conflicts).toEqual([{ field: "summaryEn", base: values.summaryEn, theirs: "One.", yours: "Two." }]);
    expect(error.baseVersion).toBe(version);
    expect((error as unknown as { merged: Record<string, unknown> }).merged).toMatchObject({ ...values, summaryEn: "Two." });
  });

  it("gives 422 with the form schema's field errors, and writes nothing", async () => {
    const { id, version, values } = await load("recommender-systems");
    const bad = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, slug: "Not A Slug!", nameEn: "", nameZh: "", position: -3 } }) });
    expect(bad.status).toBe(422);
    const error = bad.body.error as { code: string; fieldErrors: Record<string, string[]> };
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors).toMatchObject({ slug: ["slugFormat"], nameEn: ["requiredOneLanguage"], position: ["invalid"] });
    const noVersion = await call("PUT", "techniques", id, { body: JSON.stringify({ values }) });
    expect(noVersion.status).toBe(422);
    expect((noVersion.body.error as { fieldErrors: Record<string, string[]> }).fieldErrors.version).toEqual(["invalid"]);
    const taken = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values: { ...values, slug: "nlp" } }) });
    expect(taken.status).toBe(422);
    expect((taken.body.error as { fieldErrors: Record<string, string[]> }).fieldErrors.slug).toEqual(["slugTaken"]);
    expect((await world.scratch.db.technique.findUniqueOrThrow({ where: { id } })).version).toBe(version);
  });

  it("refuses unreadable bodies with 400/413/415, never a 500", async () => {
    const { id, version, values } = await load("data-augmentation");
    for (const body of ["", "{", "[]", "null", JSON.stringify({ version }), JSON.stringify({ version, values: "x" })]) {
      expect((await call("PUT", "techniques", id, { body })).status).toBe(400);
    }
    expect((await call("PUT", "techniques", id, { body: JSON.stringify({ version, values }), contentType: "text/plain" })).status).toBe(415);
    expect((await call("PUT", "techniques", id, { body: JSON.stringify({ version, values }), contentType: null })).status).toBe(415);
    const huge = JSON.stringify({ version, values: { ...values, bodyEn: "x".repeat(600 * 1024) } });
    expect((await call("PUT", "techniques", id, { body: huge })).status).toBe(413);
    const tooLong = JSON.stringify({ version, values: { ...values, bodyEn: "x".repeat(60_000) } });
    expect((await call("PUT", "techniques", id, { body: tooLong })).status).toBe(422);
    const wrongTypes = JSON.stringify({ version: "two", values: { ...values, nameEn: 42, techniques: "x", position: { a: 1 } } });
    expect((await call("PUT", "techniques", id, { body: wrongTypes })).status).toBe(422);
  });

  it("is 401 signed out, 403 cross-site, 404 for unknown entries", async () => {
    const { id, version, values } = await load("model-distillation");
    const body = JSON.stringify({ version, values });
    expect((await call("PUT", "techniques", id, { body, session: null })).status).toBe(401);
    expect((await call("PUT", "techniques", id, { body, origin: "https://evil.example" })).status).toBe(403);
    expect((await call("PUT", "techniques", id, { body, origin: TEST_APP_URL })).status).toBe(200);
    expect((await call("PUT", "techniques", 999_999, { body })).status).toBe(404);
    expect((await call("PUT", "nonsense", id, { body })).status).toBe(404);
  });

  it("saves a deleted entry as a conflict, not a success", async () => {
    const { id, version, values } = await load("multi-task-learning");
    await world.scratch.db.technique.update({ where: { id }, data: { deletedAt: new Date() } });
    const result = await call("PUT", "techniques", id, { body: JSON.stringify({ version, values }) });
    expect(result.status).toBe(409);
    await world.scratch.db.technique.update({ where: { id }, data: { deletedAt: null } });
  });
});
