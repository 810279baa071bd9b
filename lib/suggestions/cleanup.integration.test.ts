// The personal-data cleanup against a real (scratch) database: email and IP go 90 days after the decision, not before,
// and never while a suggestion waits for a decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../../test-support/scratch-db";
import { clearExpiredPersonalData, PERSONAL_DATA_DAYS } from "./cleanup";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
}, 60_000);
afterAll(async () => scratch.cleanup());

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-06T12:00:00Z");

describe("suggestion personal-data cleanup", () => {
  it("clears email and IP of suggestions decided more than 90 days ago only", async () => {
    const row = (n: number, decidedDaysAgo: number | null) => ({
      kind: "new", state: decidedDaysAgo === null ? "received" : "declined", tokenHash: `h${n}`, language: "en", payload: "{}",
      email: `p${n}@example.org`, ip: `10.0.0.${n}`, creditName: "Ada",
      decidedAt: decidedDaysAgo === null ? null : new Date(now.getTime() - decidedDaysAgo * DAY),
    });
    await scratch.db.suggestion.createMany({ data: [row(1, PERSONAL_DATA_DAYS + 1), row(2, PERSONAL_DATA_DAYS - 1), row(3, null), row(4, 400)] });
    expect(await clearExpiredPersonalData(scratch.db, now)).toBe(2);
    const rows = await scratch.db.suggestion.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.email, r.ip])).toEqual([
      [null, null],
      ["p2@example.org", "10.0.0.2"],
      ["p3@example.org", "10.0.0.3"],
      [null, null],
    ]);
    expect(rows[0]?.creditName).toBe("Ada");
    expect(await clearExpiredPersonalData(scratch.db, now)).toBe(0);
  });
});
