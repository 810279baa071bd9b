import { describe, expect, it } from "vitest";
import { betweenStatementsFor, readPacingFor } from "./between-statements";

/** Whether `step` lets a callback queued for the next turn of the event loop run before it resolves. */
async function letsTheLoopTurn(step: () => Promise<void>): Promise<boolean> {
  let turned = false;
  setImmediate(() => {
    turned = true;
  });
  await step();
  const seen = turned;
  await new Promise<void>((resolve) => setImmediate(resolve));
  return seen;
}

describe("betweenStatementsFor", () => {
  it("hands the event loop over on SQLite, whose statements complete synchronously", async () => {
    expect(await letsTheLoopTurn(betweenStatementsFor("sqlite"))).toBe(true);
  });

  it("adds no turn on PostgreSQL, whose answers arrive on a later turn anyway", async () => {
    expect(await letsTheLoopTurn(betweenStatementsFor("postgresql"))).toBe(false);
  });
});

describe("readPacingFor", () => {
  it("reads one table at a time on SQLite, with a turn of the event loop between them", async () => {
    const pause = readPacingFor("sqlite");
    expect(pause).toBeDefined();
    expect(await letsTheLoopTurn(pause!)).toBe(true);
  });

  it("reads all at once on PostgreSQL (no pause)", () => {
    expect(readPacingFor("postgresql")).toBeUndefined();
  });
});
