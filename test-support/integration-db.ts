// The one set-up for integration tests that run the admin's server code (operations, server actions, route
// handlers) outside Next against a seeded scratch database, as a signed-in user: SQLite by default, PostgreSQL when
// TEST_PG_URL is set (test-support/scratch-db.ts).
//
// Importing this module mocks, for the test file that imports it and everything it imports afterwards:
// - `@/lib/db/client`: the scratch database (no replicas);
// - `next/headers`: the current actor's request headers (`world.actAs`);
// - `next/cache`: nothing to revalidate outside Next;
// - `@/lib/cache/invalidate`: `catalogChanged` counts its calls (`catalogChanges.count`), then runs (this process
//   forgets the catalog version it knew, as after a real write).
// Import it before the code under test, and load that code with `await import(…)` after it, as the tests do.
import { afterAll, beforeAll, vi } from "vitest";
import { applySeed } from "../prisma/seed/apply";
import { content } from "../prisma/seed/content";
import { applyTestEnv, harness, scratchClient } from "./auth-harness";
import { createEditingWorld, type EditingWorld, type Session } from "./editing-harness";
import { createScratchDb, type ScratchDb } from "./scratch-db";

export type { EditingWorld, Session };

const changes = vi.hoisted(() => ({ count: 0 }));
/** How many times the code under test has called catalogChanged() in this test file. */
export const catalogChanges: { count: number } = changes;

vi.mock("@/lib/db/client", () => ({
  get db() {
    return scratchClient();
  },
  hasReplicas: false,
  routedRead: <T>(read: (client: unknown) => Promise<T>) => read(scratchClient()),
}));
vi.mock("next/headers", () => ({
  headers: async () => harness.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, updateTag: () => undefined }));
vi.mock("@/lib/cache/invalidate", async (importOriginal) => {
  const real = await importOriginal<typeof import("../lib/cache/invalidate")>();
  return {
    ...real,
    catalogChanged: () => {
      changes.count += 1;
      real.catalogChanged();
    },
  };
});

/**
 * A seeded scratch database with an admin and an editor signed in (`world.admin`, `world.editor`), made before the
 * file's tests and removed after them. `actAs` picks who the following calls come from (`as`: the first actor).
 * The returned world is usable from the tests and hooks on (before beforeAll has run, reading it throws).
 */
export function integrationWorld(options: { as?: "admin" | "editor" | null } = {}): EditingWorld {
  let world: EditingWorld | undefined;
  const current = (): EditingWorld => {
    if (!world) throw new Error("integration-db: the scratch database is made in beforeAll; use the world inside tests and hooks");
    return world;
  };
  beforeAll(async () => {
    // Loaded here, after the mocks above are in place.
    const { createUserAccount } = await import("@/lib/users/create-account");
    const { handleSignIn } = await import("@/lib/auth/sign-in-route");
    world = await createEditingWorld({ createUserAccount, signInRoute: handleSignIn });
    if (options.as !== undefined) world.actAs(options.as === null ? null : world[options.as]);
  }, 60_000);
  afterAll(async () => {
    await world?.scratch.cleanup();
    world = undefined;
  });
  return {
    get scratch() {
      return current().scratch;
    },
    get admin() {
      return current().admin;
    },
    get editor() {
      return current().editor;
    },
    actAs: (session) => current().actAs(session),
  };
}

/**
 * A bare scratch database (migrated; seeded only with `seed: true`) that the mocked `@/lib/db/client` serves, made
 * before the file's tests and removed after them: for tests that make their own users (sign-in, throttling).
 */
export function scratchDatabase(options: { seed?: boolean } = {}): { readonly db: ScratchDb["db"]; readonly scratch: ScratchDb } {
  let scratch: ScratchDb | undefined;
  const current = (): ScratchDb => {
    if (!scratch) throw new Error("integration-db: the scratch database is made in beforeAll; use it inside tests and hooks");
    return scratch;
  };
  beforeAll(async () => {
    applyTestEnv();
    scratch = await createScratchDb();
    harness.db = scratch.db;
    if (options.seed) await applySeed(scratch.db, content);
  }, 60_000);
  afterAll(async () => {
    await scratch?.cleanup();
    scratch = undefined;
  });
  return {
    get db() {
      return current().db;
    },
    get scratch() {
      return current();
    },
  };
}
