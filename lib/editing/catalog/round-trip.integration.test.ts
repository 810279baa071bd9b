// export → import into an empty database → export is byte-identical; import validates first and is all or nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applySeed } from "../../../prisma/seed/apply";
import { content } from "../../../prisma/seed/content";
import { harness, scratchClient } from "../../../test-support/auth-harness";
import { createScratchDb, type ScratchDb } from "../../../test-support/scratch-db";
import type { Actor } from "../../auth/errors";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/db/client", () => ({ get db() { return scratchClient(); } }));
vi.mock("@/lib/cache/invalidate", () => ({ catalogChanged: () => undefined }));
const auditFault = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/auth/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../auth/audit")>();
  return {
    ...real,
    writeAudit: async (...args: Parameters<typeof real.writeAudit>) => {
      if (auditFault.fail) throw new Error("audit write failed (test)");
      return real.writeAudit(...args);
    },
  };
});

const { catalogText } = await import("./export-catalog");
const { importCatalogInto } = await import("./import-catalog");

const actor: Actor = { userId: "u-test", email: "admin@example.org", name: "Admin", role: "admin", sessionId: "s", ip: "127.0.0.1", userAgent: "vitest" };
let source: ScratchDb;
let target: ScratchDb;
let exported = "";

beforeAll(async () => {
  source = await createScratchDb();
  target = await createScratchDb();
  harness.db = source.db;
  await applySeed(source.db, content);
  // Make the source more varied than the seed: a draft, an entry in the trash, a note on a domain.
  const finance = await source.db.domain.findUniqueOrThrow({ where: { slug: "finance" } });
  await source.db.useCase.update({ where: { slug: "risk-control" }, data: { status: "draft", version: 4 } });
  await source.db.trend.updateMany({ where: {}, data: { deletedAt: new Date("2026-11-01T10:00:00.000Z") } });
  await source.db.note.create({ data: { slug: "finance-note", targetType: "domain", targetId: finance.id, titleEn: "Note", titleZh: "注", bodyEn: "Body" } });
  exported = await catalogText(source.db);
}, 60_000);
afterAll(async () => {
  await source.cleanup();
  await target.cleanup();
});

describe("catalog export/import", () => {
  it("exports schema-versioned, canonical JSON", () => {
    const file = JSON.parse(exported) as Record<string, unknown>;
    expect(Object.keys(file).slice(0, 3)).toEqual(["format", "schemaVersion", "domains"]);
    expect(file).toMatchObject({ format: "fusion-atlas/catalog", schemaVersion: 1 });
    expect((file.useCases as unknown[]).length).toBe(13);
    // Issue 13: a use case's editorial paragraphs travel apart from its body.
    for (const u of file.useCases as Array<{ bodyEn: string; editorialEn: string; editorialZh: string }>) {
      expect(u.bodyEn).not.toContain("typically involves");
      expect(u.editorialEn.startsWith("**What it typically involves:**")).toBe(true);
      expect(u.editorialZh.startsWith("**通常涉及**")).toBe(true);
    }
    expect((file.traits as Array<{ slug: string }>).map((t) => t.slug)).toEqual(["broad-applicability", "large-parameter-count", "strong-learning-ability"]);
    expect(exported.endsWith("}\n")).toBe(true);
  });

  it("dry-runs an import into an empty database: everything would be created, nothing is written", async () => {
    const result = await importCatalogInto(target.db, exported, "dry-run", actor);
    expect(result.ok && result.data.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.counts.useCases).toEqual({ create: 13, update: 0, unchanged: 0 });
    expect(result.data.counts.resources).toEqual({ create: 18, update: 0, unchanged: 0 });
    expect(await target.db.useCase.count()).toBe(0);
  });

  it("is all or nothing: a failure inside the transaction leaves the database empty", async () => {
    auditFault.fail = true;
    await expect(importCatalogInto(target.db, exported, "apply", actor)).rejects.toThrow(/audit write failed/);
    auditFault.fail = false;
    expect([await target.db.domain.count(), await target.db.useCase.count(), await target.db.revision.count()]).toEqual([0, 0, 0]);
  });

  it("export → import into an empty database → export is byte-identical", async () => {
    const started = performance.now();
    const result = await importCatalogInto(target.db, exported, "apply", actor);
    const ms = performance.now() - started;
    expect(result.ok && result.data.ok, JSON.stringify(result)).toBe(true);
    expect(await catalogText(target.db)).toBe(exported);
    const file = JSON.parse(exported) as Record<string, unknown[] | string | number>;
    const entries = Object.entries(file).filter(([k, v]) => Array.isArray(v) && k !== "workflowSteps").reduce((n, [, v]) => n + (v as unknown[]).length, 0);
    // One "import" revision per imported entry (workflow steps have no admin history).
    expect(await target.db.revision.count({ where: { action: "import" } })).toBe(entries);
    expect(await target.db.auditLog.count({ where: { action: "catalog.import" } })).toBe(1);
    console.log(`import of ${Buffer.byteLength(exported)} bytes took ${ms.toFixed(0)} ms`);
  });

  it("re-importing the same file changes nothing", async () => {
    const result = await importCatalogInto(target.db, exported, "dry-run", actor);
    if (!result.ok) throw new Error("failed");
    expect(result.data.counts.useCases).toEqual({ create: 0, update: 0, unchanged: 13 });
    await importCatalogInto(target.db, exported, "apply", actor);
    expect(await catalogText(target.db)).toBe(exported);
  });

  it("updates changed entries as new versions", async () => {
    const file = JSON.parse(exported) as { useCases: Array<Record<string, unknown>> };
    const item = file.useCases.find((u) => u.slug === "route-planning");
    if (!item) throw new Error("missing");
    item.titleEn = "Route planning, revised";
    const before = await target.db.useCase.findUniqueOrThrow({ where: { slug: "route-planning" } });
    const result = await importCatalogInto(target.db, JSON.stringify(file), "apply", actor);
    if (!result.ok) throw new Error("failed");
    expect(result.data.counts.useCases).toEqual({ create: 0, update: 1, unchanged: 12 });
    const after = await target.db.useCase.findUniqueOrThrow({ where: { slug: "route-planning" } });
    expect([after.titleEn, after.version]).toEqual(["Route planning, revised", before.version + 1]);
  });

  it("rejects bad files before touching the database, with paths to the problems", async () => {
    const counts = async () => [await target.db.useCase.count(), await target.db.revision.count()];
    const start = await counts();
    const bad = JSON.parse(exported) as Record<string, Array<Record<string, unknown>>>;
    (bad.useCases as Array<Record<string, unknown>>)[0] = { ...bad.useCases?.[0], techniques: [{ slug: "no-such-technique", basis: "article" }] };
    (bad.resources as Array<Record<string, unknown>>)[0] = { ...bad.resources?.[0], url: "javascript:alert(1)" };
    const invalid = await importCatalogInto(target.db, JSON.stringify(bad), "apply", actor);
    if (!invalid.ok) throw new Error("failed");
    expect(invalid.data.ok).toBe(false);
    expect(invalid.data.issues).toContainEqual({ path: "resources[0].url", code: "invalidUrl" });

    const unknownRef = JSON.parse(exported) as Record<string, Array<Record<string, unknown>>>;
    (unknownRef.useCases as Array<Record<string, unknown>>)[0] = { ...unknownRef.useCases?.[0], techniques: [{ slug: "no-such-technique", basis: "article" }] };
    const rejected = await importCatalogInto(target.db, JSON.stringify(unknownRef), "apply", actor);
    if (!rejected.ok) throw new Error("failed");
    expect(rejected.data.ok).toBe(false);
    expect(rejected.data.issues).toEqual([{ path: "useCases[0].techniques[0].slug", code: "unknownReference" }]);

    for (const text of ["not json", JSON.stringify({ format: "fusion-atlas/catalog", schemaVersion: 2 })]) {
      const result = await importCatalogInto(target.db, text, "apply", actor);
      expect(result.ok && result.data.ok).toBe(false);
    }
    const hashed = await importCatalogInto(target.db, exported, "apply", actor, "0".repeat(64));
    expect(hashed.ok && hashed.data.issues).toEqual([{ path: "", code: "changedSinceDryRun" }]);
    expect(await counts()).toEqual(start);
  });
});
