import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS, limitDecision, suggestLimits, windowRetryAfter } from "./limits-policy";

const now = new Date("2026-12-06T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const limits = suggestLimits({});

describe("suggestion limits", () => {
  it("defaults to 5 per address per hour and 200 a day, configurable, and can be switched off", () => {
    expect(limits).toEqual({ enabled: true, perIpHour: 5, perDay: 200, minSeconds: 3, powBits: 14 });
    expect(suggestLimits({ SUGGEST_PER_IP_HOUR: "2", SUGGEST_PER_DAY: "9", SUGGEST_LIMITS: "off" })).toMatchObject({ enabled: false, perIpHour: 2, perDay: 9 });
    expect(suggestLimits({ SUGGEST_PER_IP_HOUR: "-1" }).perIpHour).toBe(5);
  });

  it("lets the fifth in and refuses the sixth within the hour, until the oldest of the five leaves", () => {
    const four = [1, 2, 3, 4].map((m) => ago(m * 60_000));
    expect(limitDecision(four, four, limits, now)).toEqual({ allowed: true });
    const five = [...four, ago(50 * 60_000)];
    expect(limitDecision(five, five, limits, now)).toEqual({ allowed: false, retryAfterSeconds: 10 * 60, by: "ip" });
  });

  it("forgets what is older than the window", () => {
    const old = [1, 2, 3, 4, 5].map(() => ago(HOUR_MS + 1));
    expect(windowRetryAfter(old, 5, HOUR_MS, now)).toBeNull();
  });

  it("refuses everyone once the day is full, saying when a place frees", () => {
    const day = Array.from({ length: 200 }, (_, i) => ago(DAY_MS - 60_000 - i));
    expect(limitDecision([], day, limits, now)).toEqual({ allowed: false, retryAfterSeconds: 60, by: "global" });
  });

  it("with limits off, anything goes", () => {
    const many = Array.from({ length: 500 }, () => now);
    expect(limitDecision(many, many, { ...limits, enabled: false }, now)).toEqual({ allowed: true });
  });
});
