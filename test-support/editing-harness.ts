// Set-up for tests of the admin's operations on a seeded scratch database: users with sessions, and a way to act
// as one of them (the mocked next/headers returns the current cookie). See test-support/auth-harness.ts.
import { applySeed } from "../prisma/seed/apply";
import { content } from "../prisma/seed/content";
import { createScratchDb, type ScratchDb } from "./scratch-db";
import { cookieFrom, harness, signInRequest, TEST_PASSWORD, applyTestEnv } from "./auth-harness";

export interface Session {
  email: string;
  cookie: string;
}

export interface EditingWorld {
  scratch: ScratchDb;
  admin: Session;
  editor: Session;
  /** Acts as this session (or as nobody) for the calls that follow. */
  actAs(session: Session | null): void;
}

/**
 * Imports are passed in (rather than imported here) so that they resolve after the test file's vi.mock calls.
 */
export async function createEditingWorld(deps: {
  createUserAccount: (input: { email: string; name: string; role: "admin" | "editor"; password: string }, actor: null) => Promise<{ ok: boolean }>;
  signInRoute: (request: Request) => Promise<Response>;
}): Promise<EditingWorld> {
  applyTestEnv();
  const scratch = await createScratchDb();
  harness.db = scratch.db;
  await applySeed(scratch.db, content);
  const sessions: Session[] = [];
  for (const [email, role] of [["admin@example.org", "admin"], ["editor@example.org", "editor"]] as const) {
    const created = await deps.createUserAccount({ email, name: role, role, password: TEST_PASSWORD }, null);
    if (!created.ok) throw new Error(`could not create ${email}`);
    const response = await deps.signInRoute(signInRequest({ email, password: TEST_PASSWORD }, { ip: `192.0.2.${sessions.length + 1}` }));
    if (response.status !== 200) throw new Error(`could not sign in ${email}: ${response.status}`);
    sessions.push({ email, cookie: cookieFrom(response) });
  }
  const [admin, editor] = sessions as [Session, Session];
  return {
    scratch,
    admin,
    editor,
    actAs(session) {
      harness.headers = new Headers(session ? { cookie: session.cookie, "user-agent": "vitest", "x-forwarded-for": "192.0.2.50" } : {});
    },
  };
}
