import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/editing/db-errors";
import { challengeExpiresAt, challengeKey } from "./pow";

/**
 * Marks a verified challenge as spent, in the database so that every instance agrees: true the first time, false
 * when it was spent before (a replay; the primary key decides between two racing posts). Spent challenges are kept
 * until they would have expired anyway, and the expired ones are removed here as they come.
 */
export async function spendChallenge(challenge: string, now = new Date()): Promise<boolean> {
  const expiresAt = challengeExpiresAt(challenge) ?? now;
  await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  try {
    await db.spentChallenge.create({ data: { hash: challengeKey(challenge), expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Un-spends a challenge whose suggestion was refused after all (over the limits), so the reader may send again. */
export async function unspendChallenge(challenge: string): Promise<void> {
  await db.spentChallenge.deleteMany({ where: { hash: challengeKey(challenge) } });
}
