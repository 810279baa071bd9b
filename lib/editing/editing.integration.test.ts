// The admin's mutations against a seeded scratch database: versions and conflicts, revisions and audit rows in
// the same transaction, soft delete/restore/purge, restoring a revision.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { catalogChanges as invalidations, integrationWorld } from "../../test-support/integration-db";

const auditFault = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/auth/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("../auth/audit")>();
  return {
    ...real,
    writeAudit: async (...args: Parameters<typeof real.writeAudit>) => {
      if (auditFault.fail) throw new Error("audit write failed (test)");
      return real.writeAudit(...args);
    },
  };
});

const { ENTITIES } = await import("../schemas/registry");
const { createEntry } = await import("./create-entry");
const { updateEntry } = await import("./update-entry");
const { deleteEntry } = await import("./delete-entry");
const { restoreEntry } = await import("./restore-entry");
const { purgeEntry } = await import("./purge-entry");
const { revertEntry } = await import("./revert-entry");
const { getEntry } = await import("./get-entry");
const { listEntries } = await import("./list-entries");
const { entryHistory } = await import("./entry-history");
const { checkSlug } = await import("./check-slug");

const world = integrationWorld();
beforeEach(() => {
  auditFault.fail = false;
  world.actAs(world.editor);
});

async function idOf(model: "technique" | "domain", slug: string): Promise<number> {
  const db = world.scratch.db;
  const row = model === "technique" ? await db.technique.findUniqueOrThrow({ where: { slug } }) : await db.domain.findUniqueOrThrow({ where: { slug } });
  return row.id;
}

async function newUseCase(slug: string, status: "draft" | "published" = "draft") {
  const result = await createEntry("use-case", {
    slug,
    domainId: await idOf("domain", "finance"),
    titleEn: `Title ${slug}`,
    titleZh: "",
    summaryEn: "A summary.",
    summaryZh: "",
    bodyEn: "Body **markdown**.",
    bodyZh: "",
    editorialEn: "",
    editorialZh: "",
    basis: "editorial",
    source: "editorial",
    externalUrl: "",
    position: 50,
    status,
    techniques: [{ id: await idOf("technique", "nlp"), basis: "editorial" }, { id: await idOf("technique", "regression"), basis: "article" }],
    mechanisms: [],
    challenges: [],
    resources: [],
  });
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data;
}

describe("create", () => {
  it("creates version 1 with its links, one revision and one audit row, and invalidates the catalog", async () => {
    const before = invalidations.count;
    const { id, version } = await newUseCase("fraud-detection");
    expect(version).toBe(1);
    const db = world.scratch.db;
    const row = await db.useCase.findUniqueOrThrow({ where: { id }, include: { techniques: true } });
    expect(row.techniques).toHaveLength(2);
    const revisions = await db.revision.findMany({ where: { entityType: "use-case", entityId: id } });
    expect(revisions.map((r) => [r.version, r.action, r.authorEmail])).toEqual([[1, "create", "editor@example.org"]]);
    expect(JSON.parse(revisions[0]?.snapshot ?? "{}")).toMatchObject({ slug: "fraud-detection", deleted: false, techniques: expect.any(Array) });
    const audit = await db.auditLog.findMany({ where: { action: "content.create", entityType: "use-case", entityId: String(id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorEmail: "editor@example.org", ip: "192.0.2.50", userAgent: "vitest" });
    expect(invalidations.count).toBe(before + 1);
  });

  it("returns field errors and writes nothing for invalid input, a taken slug or a missing domain", async () => {
    const db = world.scratch.db;
    const counts = async () => [await db.useCase.count(), await db.revision.count(), await db.auditLog.count()];
    const start = await counts();
    const bad = await createEntry("use-case", { slug: "Bad Slug", titleEn: "", titleZh: "" });
    expect(bad).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { slug: ["slugFormat"], domainId: ["invalid"] } });
    const taken = await createEntry("technique", { ...ENTITIES.technique.defaults, slug: "nlp", nameEn: "Duplicate" });
    expect(taken).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { slug: ["slugTaken"] } });
    const orphan = await createEntry("use-case", {
      ...ENTITIES["use-case"].defaults, slug: "orphan", domainId: 99999, titleEn: "Orphan", techniques: [{ id: 99998, basis: "editorial" }],
    });
    expect(orphan).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { domainId: ["unknownReference"], techniques: ["unknownReference"] } });
    expect(await counts()).toEqual(start);
  });
});

describe("update", () => {
  it("saves WHERE id AND version: two saves with the same version, exactly one succeeds, the other is a conflict", async () => {
    const { id } = await newUseCase("conflicted");
    const entry = await getEntry("use-case", id);
    if (!entry) throw new Error("missing");
    const mine = { ...entry.values, id, version: 1, titleEn: "Mine" };
    const theirs = { ...entry.values, id, version: 1, titleEn: "Theirs" };
    const results = await Promise.all([updateEntry("use-case", mine), updateEntry("use-case", theirs)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost).toMatchObject({ ok: false, kind: "conflict" });
    if (lost && !lost.ok && lost.kind === "conflict") {
      expect(lost.message).toMatch(/conflict/i);
      expect(lost.current?.version).toBe(2);
      expect(lost.current?.updatedBy).toBe("editor@example.org");
    }
    const saved = await world.scratch.db.useCase.findUniqueOrThrow({ where: { id } });
    expect(saved.version).toBe(2);
    const winner = results.find((r) => r.ok) === results[0] ? "Mine" : "Theirs";
    expect(saved.titleEn).toBe(winner);
    const revisions = await world.scratch.db.revision.findMany({ where: { entityType: "use-case", entityId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.action])).toEqual([[1, "create"], [2, "update"]]);
  });

  // Issue 14 changed this on purpose: a stale save is merged with what was saved since; identical content is no
  // conflict, and the merge is recorded as its own revision.
  it("a stale save with identical content merges (no conflict), recorded as a merge", async () => {
    const { id } = await newUseCase("stale");
    const entry = await getEntry("use-case", id);
    if (!entry) throw new Error("missing");
    expect((await updateEntry("use-case", { ...entry.values, id, version: 1 })).ok).toBe(true);
    expect(await updateEntry("use-case", { ...entry.values, id, version: 1 })).toMatchObject({ ok: true, data: { version: 3, merged: { withVersion: 2, kept: [] } } });
    const revisions = await world.scratch.db.revision.findMany({ where: { entityType: "use-case", entityId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update", "merge"]);
  });

  it("seeded entries start with their import revision 1 (the seed is an import); a change adds revision 2", async () => {
    const id = await idOf("technique", "speech");
    const entry = await getEntry("technique", id);
    if (!entry) throw new Error("missing");
    const result = await updateEntry("technique", { ...entry.values, id, version: entry.version, summaryEn: "Changed summary." });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const revisions = await world.scratch.db.revision.findMany({ where: { entityType: "technique", entityId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.action])).toEqual([[1, "import"], [2, "update"]]);
    const audit = await world.scratch.db.auditLog.findFirstOrThrow({ where: { action: "content.update", entityType: "technique", entityId: String(id) } });
    expect(JSON.parse(audit.details)).toMatchObject({ fromVersion: 1, version: 2, changed: ["summaryEn"] });
  });

  it("writes the change, its revision and its audit row in one transaction: if the audit fails, nothing is saved", async () => {
    const { id } = await newUseCase("atomic");
    const entry = await getEntry("use-case", id);
    if (!entry) throw new Error("missing");
    const revisionsBefore = await world.scratch.db.revision.count({ where: { entityType: "use-case", entityId: id } });
    auditFault.fail = true;
    await expect(updateEntry("use-case", { ...entry.values, id, version: 1, titleEn: "Never saved" })).rejects.toThrow(/audit write failed/);
    auditFault.fail = false;
    const row = await world.scratch.db.useCase.findUniqueOrThrow({ where: { id } });
    expect([row.version, row.titleEn]).toEqual([1, "Title atomic"]);
    expect(await world.scratch.db.revision.count({ where: { entityType: "use-case", entityId: id } })).toBe(revisionsBefore);
  });
});

describe("delete, restore, purge", () => {
  it("soft-deletes into the trash and restores, each a new version with a revision", async () => {
    const { id } = await newUseCase("trashable", "published");
    expect(await deleteEntry("use-case", { id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await world.scratch.db.useCase.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await listEntries("use-case", { q: "trashable", status: "all", translation: "all", sort: "updated", page: 1 })).total).toBe(0);
    expect(await deleteEntry("use-case", { id, version: 1 })).toMatchObject({ ok: false, kind: "conflict" });
    expect(await restoreEntry("use-case", { id, version: 2 })).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await world.scratch.db.useCase.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    const history = await entryHistory("use-case", id);
    expect(history.map((r) => [r.version, r.action, r.snapshot.deleted])).toEqual([[3, "restore", false], [2, "delete", true], [1, "create", false]]);
  });

  it("purge is admin-only, needs the trash, and is refused while other entries point at the entry", async () => {
    const db = world.scratch.db;
    const created = await createEntry("trend", { ...ENTITIES.trend.defaults, slug: "purge-me", nameEn: "Purge me" });
    if (!created.ok) throw new Error("create failed");
    const { id } = created.data;
    expect(await purgeEntry("trend", { id })).toMatchObject({ ok: false, kind: "forbidden", status: 403 });
    world.actAs(world.admin);
    expect(await purgeEntry("trend", { id })).toMatchObject({ ok: false, kind: "not-found" });
    expect((await deleteEntry("trend", { id, version: 1 })).ok).toBe(true);
    expect(await purgeEntry("trend", { id })).toEqual({ ok: true, data: { id } });
    expect(await db.trend.findUnique({ where: { id } })).toBeNull();
    expect(await db.revision.count({ where: { entityType: "trend", entityId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "content.purge", entityId: String(id) } })).toBe(1);

    const nlp = await idOf("technique", "nlp");
    const technique = await getEntry("technique", nlp);
    expect((await deleteEntry("technique", { id: nlp, version: technique?.version })).ok).toBe(true);
    const refused = await purgeEntry("technique", { id: nlp });
    expect(refused).toMatchObject({ ok: false, kind: "in-use" });
    if (!refused.ok && refused.kind === "in-use") expect(refused.references).toContain("use-case:fraud-detection");
    expect(await db.technique.findUnique({ where: { id: nlp } })).not.toBeNull();
  });
});

describe("revert", () => {
  it("restores an old revision as a new version and keeps the history", async () => {
    const { id } = await newUseCase("revertible");
    const entry = await getEntry("use-case", id);
    if (!entry) throw new Error("missing");
    expect((await updateEntry("use-case", { ...entry.values, id, version: 1, titleEn: "Second", techniques: [] })).ok).toBe(true);
    const first = (await entryHistory("use-case", id)).find((r) => r.version === 1);
    expect(await revertEntry("use-case", { id, version: 1, revisionId: first?.id })).toMatchObject({ ok: false, kind: "conflict" });
    expect(await revertEntry("use-case", { id, version: 2, revisionId: first?.id })).toMatchObject({ ok: true, data: { version: 3 } });
    const row = await world.scratch.db.useCase.findUniqueOrThrow({ where: { id }, include: { techniques: true } });
    expect([row.titleEn, row.techniques.length]).toEqual(["Title revertible", 2]);
    expect((await entryHistory("use-case", id)).map((r) => r.action)).toEqual(["revert", "update", "create"]);
  });

  it("restores a revision written before a field existed: the new field takes its default (issue 13: editorial)", async () => {
    const { id } = await newUseCase("revertible-old");
    const entry = await getEntry("use-case", id);
    if (!entry) throw new Error("missing");
    expect((await updateEntry("use-case", { ...entry.values, id, version: 1, titleEn: "Second", editorialEn: "Ours." })).ok).toBe(true);
    // Revision 1 as a catalog from before the editorial fields would have stored it.
    const first = await world.scratch.db.revision.findFirstOrThrow({ where: { entityType: "use-case", entityId: id, version: 1 } });
    const { editorialEn: _en, editorialZh: _zh, ...old } = JSON.parse(first.snapshot) as Record<string, unknown>;
    void _en;
    void _zh;
    await world.scratch.db.revision.update({ where: { id: first.id }, data: { snapshot: JSON.stringify(old) } });
    expect(await revertEntry("use-case", { id, version: 2, revisionId: first.id })).toMatchObject({ ok: true, data: { version: 3 } });
    const row = await world.scratch.db.useCase.findUniqueOrThrow({ where: { id } });
    expect([row.titleEn, row.editorialEn, row.bodyEn]).toEqual(["Title revertible-old", "", "Body **markdown**."]);
  });
});

describe("slug check and guard", () => {
  it("reports slug format and availability", async () => {
    expect(await checkSlug("technique", "nlp", null)).toEqual({ ok: true, data: { valid: true, available: false } });
    expect(await checkSlug("technique", "brand-new", null)).toEqual({ ok: true, data: { valid: true, available: true } });
    expect(await checkSlug("technique", "Not OK", null)).toEqual({ ok: true, data: { valid: false, available: false } });
  });

  it("refuses every operation without a session (401) and changes nothing", async () => {
    const db = world.scratch.db;
    const snapshot = async () => [await db.useCase.count(), await db.revision.count(), await db.auditLog.count(), (await db.technique.findUniqueOrThrow({ where: { slug: "speech" } })).version];
    const start = await snapshot();
    world.actAs(null);
    const id = await idOf("technique", "speech");
    for (const result of [
      await createEntry("technique", { ...ENTITIES.technique.defaults, slug: "sneaky", nameEn: "Sneaky" }),
      await updateEntry("technique", { ...ENTITIES.technique.defaults, id, version: 2, slug: "speech", nameEn: "Hacked" }),
      await deleteEntry("technique", { id, version: 2 }),
      await restoreEntry("technique", { id, version: 2 }),
      await purgeEntry("technique", { id }),
      await revertEntry("technique", { id, version: 2, revisionId: 1 }),
      await checkSlug("technique", "x", null),
    ]) {
      expect(result).toMatchObject({ ok: false, kind: "unauthenticated", status: 401 });
    }
    await expect(getEntry("technique", id)).rejects.toMatchObject({ status: 401 });
    expect(await snapshot()).toEqual(start);
  });
});
