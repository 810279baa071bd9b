// Personal data of suggestions (issue 15): the submitter's email and IP are deleted 90 days after the decision. The
// rest of the row stays (the queue's history, the credit name the submitter asked to be shown with). A suggestion
// still waiting for a decision keeps them: the editors may need to write back.
export const PERSONAL_DATA_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CleanupClient {
  suggestion: {
    updateMany(args: {
      where: { decidedAt: { lt: Date }; OR: Array<{ email: { not: null } } | { ip: { not: null } }> };
      data: { email: null; ip: null };
    }): Promise<{ count: number }>;
  };
}

export function personalDataCutoff(now: Date): Date {
  return new Date(now.getTime() - PERSONAL_DATA_DAYS * DAY_MS);
}

/** Clears email and IP of every suggestion decided more than 90 days ago; returns how many rows it cleared. */
export async function clearExpiredPersonalData(client: CleanupClient, now = new Date()): Promise<number> {
  const result = await client.suggestion.updateMany({
    where: { decidedAt: { lt: personalDataCutoff(now) }, OR: [{ email: { not: null } }, { ip: { not: null } }] },
    data: { email: null, ip: null },
  });
  return result.count;
}
