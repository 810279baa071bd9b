import "server-only";
import { getAuth } from "./auth";
import { writeAudit } from "./audit";
import { currentActor } from "./guard";
import { db } from "@/lib/db/client";

/**
 * Ends the session on the server (better-auth deletes the row and clears the cookie; in a server action the
 * next-cookies plugin applies the cookie change) and audits it. Safe to call without a session.
 */
export async function signOut(h: Headers): Promise<Response | null> {
  const actor = await currentActor(h);
  const response = await getAuth().api.signOut({ headers: h, asResponse: true });
  if (actor) {
    // better-auth deletes by token; make sure the row is gone even if the cookie was already cleared client-side.
    await db.session.deleteMany({ where: { id: actor.sessionId } });
    await writeAudit(db, { action: "auth.logout", actor, entityType: "user", entityId: actor.userId, summary: actor.email });
  }
  return response;
}
