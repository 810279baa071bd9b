// A solved proof-of-work challenge buys one suggestion: sending the same solved form again (within the day the
// challenge is valid) is refused with 409 "replayed", on any instance (the spent challenge is in the database); a
// post refused by the limits does not spend it; spent challenges are forgotten once they would have expired anyway.
import { describe, expect, it } from "vitest";
import { scratchDatabase } from "../../test-support/integration-db";

const { submitSuggestion } = await import("./submit");
const { issueChallenge, solve, challengeKey, MAX_FORM_AGE_MS } = await import("./pow");
const { suggestSecret } = await import("./secret");
const { spendChallenge } = await import("./spent-challenges");

const seeded = scratchDatabase({ seed: true });
const BITS = 4;
const limits = { enabled: true, perIpHour: 5, perDay: 200, minSeconds: 3, powBits: BITS };

function solvedForm(issuedAt: number, title: string) {
  const c = issueChallenge(suggestSecret(), BITS, issuedAt);
  return {
    kind: "new",
    domainId: 0,
    otherDomain: "Agriculture",
    titleEn: title,
    titleZh: "",
    summaryEn: "Crop yield forecasts from satellite images.",
    summaryZh: "",
    body: "",
    creditName: "",
    email: "",
    techniques: [],
    mechanisms: [],
    challenges: [],
    sources: ["https://example.org/source"],
    challenge: c.challenge,
    signature: c.signature,
    counter: String(solve(c.challenge, BITS)),
  };
}

describe("suggestion proof-of-work replay", () => {
  it("stores the first post and refuses the same solved challenge the second time", async () => {
    const now = new Date();
    const form = solvedForm(now.getTime() - 10_000, "Crop forecasts");
    const first = await submitSuggestion(form, "203.0.113.10", limits, now);
    expect(first).toMatchObject({ ok: true });
    // Same form again, even from another address and with other text: refused, and nothing more is stored.
    const again = await submitSuggestion({ ...form, titleEn: "Another title" }, "203.0.113.11", limits, new Date(now.getTime() + 60_000));
    expect(again).toEqual({ ok: false, status: 409, code: "replayed" });
    expect(await seeded.db.suggestion.count({ where: { payload: { contains: "Another title" } } })).toBe(0);
    expect(await seeded.db.spentChallenge.count({ where: { hash: challengeKey(form.challenge) } })).toBe(1);
    // A new challenge is a new suggestion.
    expect(await submitSuggestion(solvedForm(now.getTime() - 10_000, "Crop forecasts 2"), "203.0.113.10", limits, now)).toMatchObject({ ok: true });
  });

  it("does not spend a challenge when the limits refuse the post", async () => {
    const now = new Date();
    const ip = "198.51.100.77";
    const tight = { ...limits, perIpHour: 1 };
    expect(await submitSuggestion(solvedForm(now.getTime() - 10_000, "One"), ip, tight, now)).toMatchObject({ ok: true });
    const form = solvedForm(now.getTime() - 10_000, "Two");
    expect(await submitSuggestion(form, ip, tight, now)).toMatchObject({ ok: false, status: 429, code: "limited" });
    expect(await seeded.db.spentChallenge.count({ where: { hash: challengeKey(form.challenge) } })).toBe(0);
    // Later, under the limit again, the same solved form goes through once.
    expect(await submitSuggestion(form, ip, limits, now)).toMatchObject({ ok: true });
  });

  it("forgets spent challenges once they have expired", async () => {
    const issued = Date.now() - MAX_FORM_AGE_MS - 60_000;
    const old = issueChallenge(suggestSecret(), BITS, issued);
    expect(await spendChallenge(old.challenge, new Date(issued + 1000))).toBe(true);
    expect(await spendChallenge(old.challenge, new Date(issued + 2000))).toBe(false);
    // Any later spend clears the expired rows.
    const fresh = issueChallenge(suggestSecret(), BITS);
    expect(await spendChallenge(fresh.challenge)).toBe(true);
    expect(await seeded.db.spentChallenge.count({ where: { hash: challengeKey(old.challenge) } })).toBe(0);
  });
});

describe("suggestion limits per IPv6 /64", () => {
  it("counts every address of one /64 together, and another /64 apart", async () => {
    const now = new Date();
    const tight = { ...limits, perIpHour: 2 };
    expect(await submitSuggestion(solvedForm(now.getTime() - 10_000, "v6 one"), "2001:db8:aa:1::1", tight, now)).toMatchObject({ ok: true });
    expect(await submitSuggestion(solvedForm(now.getTime() - 10_000, "v6 two"), "2001:db8:aa:1:ffff::2", tight, now)).toMatchObject({ ok: true });
    // A third address in the same /64 is the same client.
    expect(await submitSuggestion(solvedForm(now.getTime() - 10_000, "v6 three"), "2001:0db8:00aa:0001::3", tight, now)).toMatchObject({ ok: false, status: 429, code: "limited", by: "ip" });
    // The neighbouring /64 is another client.
    expect(await submitSuggestion(solvedForm(now.getTime() - 10_000, "v6 four"), "2001:db8:aa:2::1", tight, now)).toMatchObject({ ok: true });
    expect(await seeded.db.suggestion.count({ where: { ip: "2001:db8:aa:1::/64" } })).toBe(2);
  });
});
