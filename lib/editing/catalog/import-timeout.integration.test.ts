// An apply that runs past its transaction's time limit is rolled back as a whole, and the admin is told so: a 503
// "timeout" failure (import-failure-response.ts), never a thrown error (a 500). The limit is made tiny here so that a
// real transaction really expires part-way through the import.
import { beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase } from "../../../test-support/integration-db";
import type { Actor } from "../../auth/errors";

// The seeded scratch database the mocked `@/lib/db/client` serves; the file is its own catalog plus 120 use cases.
const scratch = scratchDatabase({ seed: true });

const { catalogText } = await import("./export-catalog");
const { importCatalogInto, IMPORT_TIMED_OUT } = await import("./import-catalog");

const actor: Actor = { userId: "u-test", email: "admin@example.org", name: "Admin", role: "admin", sessionId: "s", ip: "127.0.0.1", userAgent: "vitest" };
let file = "";

beforeAll(async () => {
  const catalog = JSON.parse(await catalogText(scratch.db)) as { useCases: Array<{ slug: string }> };
  const base = catalog.useCases[0]!;
  for (let i = 0; i < 120; i++) catalog.useCases.push({ ...base, slug: `generated-${String(i).padStart(3, "0")}` });
  file = JSON.stringify(catalog);
}, 60_000);

describe("an import that outlasts its transaction", () => {
  it("is a 503 'timeout' failure saying nothing was changed, and nothing was", async () => {
    const before = { useCases: await scratch.db.useCase.count(), revisions: await scratch.db.revision.count(), audit: await scratch.db.auditLog.count() };
    const result = await importCatalogInto(scratch.db, file, "apply", actor, undefined, { limits: { timeout: 1, maxWait: 5_000 } });
    expect(result).toEqual({ ok: false, kind: "unavailable", status: 503, reason: "timeout", message: IMPORT_TIMED_OUT });
    expect({ useCases: await scratch.db.useCase.count(), revisions: await scratch.db.revision.count(), audit: await scratch.db.auditLog.count() }).toEqual(before);
  });

  it("commits the same file within the normal limit", async () => {
    const result = await importCatalogInto(scratch.db, file, "apply", actor);
    expect(result.ok && result.data.ok).toBe(true);
    expect(await scratch.db.useCase.count()).toBe(JSON.parse(file).useCases.length);
  });
});
