import { afterEach, describe, expect, it } from "vitest";
import { isCrossSiteRequest, servedOverHttps, trustedOrigins } from "./origins";
import { passwordProblem } from "./password-policy";
import { clientIp, userAgent } from "./request-meta";
import { throttleDecision, THROTTLE_MAX_FAILURES } from "./throttle-policy";

const now = new Date("2026-11-29T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("throttle policy", () => {
  it("allows up to five failures in the window and refuses the sixth attempt", () => {
    const four = [50, 40, 30, 20].map(ago);
    expect(throttleDecision(four, [], now)).toEqual({ allowed: true });
    const five = [50, 40, 30, 20, 10].map(ago);
    expect(throttleDecision(five, [], now)).toEqual({ allowed: false, retryAfterSeconds: 10, by: "email" });
    expect(throttleDecision([], five, now)).toEqual({ allowed: false, retryAfterSeconds: 10, by: "ip" });
  });

  it("forgets failures older than a minute and waits for the oldest counted one to leave", () => {
    expect(throttleDecision([61, 50, 40, 30, 20].map(ago), [], now)).toEqual({ allowed: true });
    // Six failures: the lock lasts until the 5th newest (at -50 s) leaves, 10 s from now.
    expect(throttleDecision([55, 50, 40, 30, 20, 10].map(ago), [], now)).toMatchObject({ retryAfterSeconds: 10 });
    expect(THROTTLE_MAX_FAILURES).toBe(5);
  });

  it("reports the longer wait when both limits apply, and at least one second", () => {
    const d = throttleDecision([59, 5, 4, 3, 2].map(ago), [30, 5, 4, 3, 2].map(ago), now);
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 30, by: "ip" });
    expect(throttleDecision([59.9, 5, 4, 3, 2].map(ago), [], now)).toMatchObject({ retryAfterSeconds: 1 });
  });
});

describe("password policy", () => {
  it("refuses short, long, repetitive, sequential, common and email-based passwords", () => {
    expect(passwordProblem("short1!")).toBe("tooShort");
    expect(passwordProblem("x".repeat(129))).toBe("tooLong");
    expect(passwordProblem("aaaaaaaaaaaaaa")).toBe("fewCharacters");
    expect(passwordProblem("abcdeabcdeabcde")).toBe("repetitive");
    expect(passwordProblem("123456789012")).toBe("sequence");
    expect(passwordProblem("abcdefghijklmn")).toBe("sequence");
    expect(passwordProblem("Password1234!")).toBe("common");
    expect(passwordProblem("P@ssw0rd-2024!")).toBe("common");
    expect(passwordProblem("Qwertyuiop!23")).toBe("common");
    expect(passwordProblem("margaret-likes-tea", "margaret@example.org")).toBe("containsEmail");
  });

  it("accepts a long passphrase and a random string", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("k3J!v9q#Lm2x", "ada@example.org")).toBeNull();
  });
});

describe("request metadata", () => {
  it("with one trusted proxy takes the last x-forwarded-for hop, and unmaps IPv4-in-IPv6", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.2" }), 1)).toBe("10.0.0.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 1)).toBe("127.0.0.1");
    expect(clientIp(new Headers(), 1)).toBe("unknown");
    expect(userAgent(new Headers({ "user-agent": "x".repeat(2000) }))).toHaveLength(256);
  });
});

describe("origins", () => {
  const saved = { APP_URL: process.env.APP_URL, TRUSTED_ORIGINS: process.env.TRUSTED_ORIGINS };
  afterEach(() => Object.assign(process.env, saved));

  it("trusts APP_URL's origin and TRUSTED_ORIGINS, and secures cookies over https", () => {
    process.env.APP_URL = "https://atlas.example.org/";
    process.env.TRUSTED_ORIGINS = "https://edit.example.org, not a url";
    expect(trustedOrigins()).toEqual(["https://atlas.example.org", "https://edit.example.org"]);
    expect(servedOverHttps()).toBe(true);
  });

  it("rejects cross-site posts by Origin or Sec-Fetch-Site and lets non-browser clients through", () => {
    const allowed = ["https://atlas.example.org"];
    expect(isCrossSiteRequest(new Headers({ origin: "https://atlas.example.org" }), allowed)).toBe(false);
    expect(isCrossSiteRequest(new Headers({ origin: "https://evil.example" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "null" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ "sec-fetch-site": "cross-site" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ "sec-fetch-site": "same-site" }), allowed)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ "sec-fetch-site": "same-origin" }), allowed)).toBe(false);
    expect(isCrossSiteRequest(new Headers(), allowed)).toBe(false);
  });
});
