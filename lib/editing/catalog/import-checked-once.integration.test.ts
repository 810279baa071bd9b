// The file's schema is checked once per file: the apply after a dry run of the same bytes reuses the verdict
// (checked-files.ts), while what depends on the database (what each entry becomes) is computed again at the apply.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { scratchDatabase } from "../../../test-support/integration-db";
import type { Actor } from "../../auth/errors";

const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/schemas/catalog-file-steps", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../schemas/catalog-file-steps")>();
  return {
    ...real,
    parseCatalogFileInSteps: (...args: Parameters<typeof real.parseCatalogFileInSteps>) => {
      checks.count += 1;
      return real.parseCatalogFileInSteps(...args);
    },
  };
});

const scratch = scratchDatabase({ seed: true });

const { catalogText } = await import("./export-catalog");
const { importCatalogInto } = await import("./import-catalog");
const { checkedFile } = await import("./checked-files");

const actor: Actor = { userId: "u-test", email: "admin@example.org", name: "Admin", role: "admin", sessionId: "s", ip: "127.0.0.1", userAgent: "vitest" };
let file = "";

beforeAll(async () => {
  const catalog = JSON.parse(await catalogText(scratch.db)) as { useCases: Array<Record<string, unknown> & { slug: string }> };
  const base = catalog.useCases[0]!;
  for (let i = 0; i < 3; i++) catalog.useCases.push({ ...base, slug: `checked-once-${i}` });
  file = JSON.stringify(catalog);
}, 60_000);

describe("an apply after a dry run of the same file", () => {
  it("does not check the file's schema again, and plans against the database as it is at the apply", async () => {
    const dry = await importCatalogInto(scratch.db, file, "dry-run", actor, undefined, { notify: false });
    expect(dry.ok && dry.data.ok).toBe(true);
    if (!dry.ok) return;
    expect(dry.data.counts.useCases).toMatchObject({ create: 3 });
    expect(checks.count).toBe(1);
    expect(checkedFile(dry.data.sha256)).not.toBeNull();

    // Between the dry run and the apply, one of the new use cases is created by someone else.
    const row: Record<string, unknown> = { ...(await scratch.db.useCase.findFirstOrThrow({ orderBy: { id: "asc" } })) };
    delete row.id;
    await scratch.db.useCase.create({ data: { ...row, slug: "checked-once-0", titleEn: "Someone else's", version: 1 } as never });

    const applied = await importCatalogInto(scratch.db, file, "apply", actor, dry.data.sha256, { notify: false });
    expect(applied.ok && applied.data.ok).toBe(true);
    if (!applied.ok) return;
    expect(checks.count).toBe(1);
    expect(applied.data.counts.useCases).toMatchObject({ create: 2, update: 1 });
    expect(await scratch.db.useCase.count({ where: { slug: { startsWith: "checked-once-" } } })).toBe(3);
    // Used: forgotten, so a later import of the same bytes is checked again.
    expect(checkedFile(dry.data.sha256)).toBeNull();
    const again = await importCatalogInto(scratch.db, file, "dry-run", actor, undefined, { notify: false });
    expect(again.ok && again.data.ok).toBe(true);
    expect(checks.count).toBe(2);
  });
});
