import { describe, expect, it } from "vitest";
import { issueChallenge, leadingZeroBits, solve, verifyChallenge, MAX_FORM_AGE_MS } from "./pow";

const SECRET = "test-secret";
const T0 = 1_800_000_000_000;

describe("proof of work", () => {
  it("counts leading zero bits", () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0x0f, 0xff]))).toBe(12);
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16);
  });

  it("accepts a solved, signed challenge after the minimum time", () => {
    const c = issueChallenge(SECRET, 10, T0);
    const counter = solve(c.challenge, 10);
    expect(verifyChallenge(SECRET, { ...c, counter }, { minAgeMs: 3000, now: T0 + 5000, requireWork: true })).toEqual({ ok: true });
    expect(verifyChallenge(SECRET, { ...c, counter: String(counter) }, { minAgeMs: 3000, now: T0 + 5000, requireWork: true })).toEqual({ ok: true });
  });

  it("refuses a wrong counter, a forged signature, a changed difficulty or time", () => {
    const c = issueChallenge(SECRET, 12, T0);
    const counter = solve(c.challenge, 12);
    const opts = { minAgeMs: 0, now: T0 + 1000, requireWork: true };
    expect(verifyChallenge(SECRET, { ...c, counter: counter + 1 }, opts)).toMatchObject({ ok: false });
    expect(verifyChallenge("other", { ...c, counter }, opts)).toEqual({ ok: false, reason: "invalid" });
    const easier = c.challenge.replace(".12.", ".1.");
    expect(verifyChallenge(SECRET, { challenge: easier, signature: c.signature, counter: 0 }, opts)).toEqual({ ok: false, reason: "invalid" });
    const earlier = c.challenge.replace(String(T0), String(T0 - 60_000));
    expect(verifyChallenge(SECRET, { challenge: earlier, signature: c.signature, counter }, opts)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyChallenge(SECRET, { ...c, counter: "abc" }, opts)).toEqual({ ok: false, reason: "work" });
  });

  it("refuses a form sent too soon (saying how long to wait) or too late", () => {
    const c = issueChallenge(SECRET, 1, T0);
    const counter = solve(c.challenge, 1);
    expect(verifyChallenge(SECRET, { ...c, counter }, { minAgeMs: 3000, now: T0 + 500, requireWork: true })).toEqual({ ok: false, reason: "tooFast", waitSeconds: 3 });
    expect(verifyChallenge(SECRET, { ...c, counter }, { minAgeMs: 0, now: T0 + MAX_FORM_AGE_MS + 1, requireWork: true })).toEqual({ ok: false, reason: "expired" });
  });

  it("without work required, only the signature and the times count", () => {
    const c = issueChallenge(SECRET, 20, T0);
    expect(verifyChallenge(SECRET, { ...c, counter: "" }, { minAgeMs: 0, now: T0, requireWork: false })).toEqual({ ok: true });
  });
});

describe("spent-challenge bookkeeping", () => {
  it("keys a challenge by a fixed-size hash and knows when it stops verifying", async () => {
    const { challengeKey, challengeExpiresAt } = await import("./pow");
    const c = issueChallenge(SECRET, 10, T0);
    expect(challengeKey(c.challenge)).toMatch(/^[0-9a-f]{64}$/);
    expect(challengeKey(c.challenge)).toBe(challengeKey(c.challenge));
    expect(challengeKey(c.challenge)).not.toBe(challengeKey(issueChallenge(SECRET, 10, T0).challenge));
    expect(challengeExpiresAt(c.challenge)?.getTime()).toBe(T0 + MAX_FORM_AGE_MS);
    expect(challengeExpiresAt("not a challenge")).toBeNull();
  });
});
