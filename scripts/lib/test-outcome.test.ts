import { describe, expect, it } from "vitest";
import { testOutcome } from "./test-outcome.mjs";

describe("testOutcome", () => {
  it("passes when nothing was skipped, with or without CI", () => {
    expect(testOutcome({ skipped: [], ci: true })).toEqual({ ok: true, message: "npm test passed" });
    expect(testOutcome({ skipped: [], ci: false }).ok).toBe(true);
  });

  it("fails a CI run that skipped a phase, naming it", () => {
    const outcome = testOutcome({ skipped: ["PostgreSQL"], ci: true });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain("skipped: PostgreSQL");
  });

  it("lets a local run pass but says what it skipped", () => {
    expect(testOutcome({ skipped: ["PostgreSQL"], ci: false })).toEqual({ ok: true, message: "npm test passed what it ran, but SKIPPED: PostgreSQL" });
  });
});
