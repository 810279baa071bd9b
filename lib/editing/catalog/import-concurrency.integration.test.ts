// A large import holds its transaction for seconds: public reads made meanwhile must be answered (the import hands
// the event loop over every few entries) with the catalog as committed before it (SQLite's second connection).
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
const { importCatalogInto } = await import("./import-catalog");

const actor: Actor = { userId: "u-test", email: "admin@example.org", name: "Admin", role: "admin", sessionId: "s", ip: "127.0.0.1", userAgent: "vitest" };
let source: ScratchDb;
let target: ScratchDb;
let bigFile = "";

beforeAll(async () => {
  source = await createScratchDb();
  target = await createScratchDb();
  harness.db = source.db;
  await applySeed(source.db, content);
  const file = JSON.parse(await catalogText(source.db)) as { useCases: Array<{ slug: string }> };
  const base = file.useCases[0]!;
  for (let i = 0; i < 120; i++) file.useCases.push({ ...base, slug: `generated-${String(i).padStart(3, "0")}` });
  file.useCases.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  bigFile = JSON.stringify(file);
}, 60_000);
afterAll(async () => {
  await source.cleanup();
  await target.cleanup();
});

describe("a large import beside public reads", () => {
  it("lets a read made during the import finish first, seeing only what was committed before it", async () => {
    const order: string[] = [];
    const importing = importCatalogInto(target.db, bigFile, "apply", actor).then((r) => {
      order.push("import");
      return r;
    });
    // A request arriving while the import runs (a timer: it can only fire when the event loop is free).
    const reading = new Promise<number>((resolve, reject) => {
      setTimeout(() => {
        target.db.useCase
          .count()
          .then((n) => {
            order.push("read");
            resolve(n);
          })
          .catch(reject);
      }, 0);
    });
    const [result, seen] = await Promise.all([importing, reading]);
    expect(result.ok && result.data.ok).toBe(true);
    expect(order).toEqual(["read", "import"]);
    expect(seen).toBe(0); // the import's rows were not committed yet
    expect(await target.db.useCase.count()).toBe(133);
  }, 120_000);
});
