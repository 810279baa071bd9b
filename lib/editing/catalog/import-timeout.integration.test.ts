// An apply that runs past its transaction's time limit is rolled back as a whole, and the admin is told so: a 503
// "timeout" failure (import-failure-response.ts), never a thrown error (a 500). The limit is made tiny here so that a
// real transaction really expires part-way through the import.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applySeed } from "../../../prisma/seed/apply";
import { content } from "../../../prisma/seed/content";
import { harness, scratchClient } from "../../../test-support/auth-harness";
import { createScratchDb, type ScratchDb } from "../../../test-support/scratch-db";
import type { Actor } from "../../auth/errors";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/db/client", () => ({ get db() { return scratchClient(); } }));
vi.mock("@/lib/cache/invalidate", () => ({ catalogChanged: () => undefined }));

const { catalogText } = await import("./export-catalog");
const { importCatalogInto, IMPORT_TIMED_OUT } = await import("./import-catalog");

const actor: Actor = { userId: "u-test", email: "admin@example.org", name: "Admin", role: "admin", sessionId: "s", ip: "127.0.0.1", userAgent: "vitest" };
let source: ScratchDb;
let target: ScratchDb;
let file = "";

beforeAll(async () => {
  source = await createScratchDb();
  target = await createScratchDb();
  harness.db = source.db;
  await applySeed(source.db, content);
  const catalog = JSON.parse(await catalogText(source.db)) as { useCases: Array<{ slug: string }> };
  const base = catalog.useCases[0]!;
  for (let i = 0; i < 120; i++) catalog.useCases.push({ ...base, slug: `generated-${String(i).padStart(3, "0")}` });
  file = JSON.stringify(catalog);
}, 60_000);
afterAll(async () => {
  await source.cleanup();
  await target.cleanup();
});

describe("an import that outlasts its transaction", () => {
  it("is a 503 'timeout' failure saying nothing was changed, and nothing was", async () => {
    const before = { useCases: await target.db.useCase.count(), revisions: await target.db.revision.count(), audit: await target.db.auditLog.count() };
    const result = await importCatalogInto(target.db, file, "apply", actor, undefined, { limits: { timeout: 1, maxWait: 5_000 } });
    expect(result).toEqual({ ok: false, kind: "unavailable", status: 503, reason: "timeout", message: IMPORT_TIMED_OUT });
    expect({ useCases: await target.db.useCase.count(), revisions: await target.db.revision.count(), audit: await target.db.auditLog.count() }).toEqual(before);
  });

  it("commits the same file within the normal limit", async () => {
    const result = await importCatalogInto(target.db, file, "apply", actor);
    expect(result.ok && result.data.ok).toBe(true);
    expect(await target.db.useCase.count()).toBe(JSON.parse(file).useCases.length);
  });
});
